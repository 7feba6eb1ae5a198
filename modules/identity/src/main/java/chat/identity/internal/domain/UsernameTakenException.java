package chat.identity.internal.domain;

import chat.platform.errors.ConflictException;

/** 409 {@code USERNAME_TAKEN}. */
public class UsernameTakenException extends ConflictException {

    public UsernameTakenException(String username) {
        super("USERNAME_TAKEN", "username '" + username + "' is taken");
    }
}
