package chat.identity.internal.domain;

import chat.platform.errors.InvalidInputException;

/** What others see as the user's name: 1 to 64 characters, not only spaces. */
public record Nickname(String value) {

    public Nickname {
        if (value == null || value.isBlank() || value.codePointCount(0, value.length()) > 64) {
            throw new InvalidInputException("nickname", "must be 1 to 64 characters");
        }
    }
}
