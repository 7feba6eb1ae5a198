package chat.groups.internal.domain;

import chat.platform.errors.ConflictException;
import chat.platform.errors.ErrorCode;

/** 409 {@code GROUP_FULL}: the add would pass the cap; nobody was added. */
public class GroupFullException extends ConflictException {

    public GroupFullException(int cap) {
        super(ErrorCode.GROUP_FULL, "the group is full (at most " + cap + " members); nobody was added");
    }
}
