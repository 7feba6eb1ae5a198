package chat.identity.internal.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import chat.platform.errors.InvalidInputException;

/**
 * The start of a username to search by: 1 to 32 of {@code [a-z0-9_.-]}, lowercased first, so
 * {@code Ann} finds {@code ann.lee}. Its characters are literal: {@code _} is no wildcard.
 */
public record UsernamePrefix(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9_.-]{1,32}");

    public UsernamePrefix {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new InvalidInputException("username", "must be 1 to 32 characters of a-z, 0-9, '_', '.' and '-'");
        }
    }

    /** The prefix a client typed, in any case; null or empty is refused like any bad prefix. */
    public static UsernamePrefix of(String typed) {
        return new UsernamePrefix(typed == null ? null : typed.toLowerCase(Locale.ROOT));
    }
}
