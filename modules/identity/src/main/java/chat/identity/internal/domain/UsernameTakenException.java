package chat.identity.internal.domain;

import chat.platform.errors.ConflictException;
import chat.platform.errors.ErrorCode;

/** 409 {@code USERNAME_TAKEN}. */
public class UsernameTakenException extends ConflictException {

    public UsernameTakenException(String username) {
        super(ErrorCode.USERNAME_TAKEN, "username '" + username + "' is taken");
    }
}
