package chat.identity.internal.domain;

import java.util.regex.Pattern;

import chat.platform.errors.InvalidInputException;

/** A login name: 3 to 32 of {@code [a-z0-9_.-]}, unique across the server. */
public record Username(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9_.-]{3,32}");

    public Username {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new InvalidInputException("username", "must be 3 to 32 characters of a-z, 0-9, '_', '.' and '-'");
        }
    }
}
