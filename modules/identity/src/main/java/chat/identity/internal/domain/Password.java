package chat.identity.internal.domain;

import chat.platform.errors.InvalidInputException;

/** A password as typed: 8 to 128 characters. Never stored; only its hash is. */
public record Password(String value) {

    public Password {
        if (value == null || value.length() < 8 || value.length() > 128) {
            throw new InvalidInputException("password", "must be 8 to 128 characters");
        }
    }

    @Override
    public String toString() {
        return "Password[***]";
    }
}
