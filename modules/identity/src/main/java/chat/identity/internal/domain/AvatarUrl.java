package chat.identity.internal.domain;

import java.net.URI;
import java.net.URISyntaxException;

import chat.platform.errors.InvalidInputException;

/**
 * A link to the user's picture: an absolute http(s) URL or a path on this server (one slash, no
 * host), at most 512 characters.
 */
public final class AvatarUrl {

    private AvatarUrl() {
    }

    /** The URL if it is acceptable; null stays null (no avatar). */
    public static String check(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > 512) {
            throw new InvalidInputException("avatarUrl", "must be at most 512 characters");
        }
        try {
            URI uri = new URI(value);
            boolean web = ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
            // "//host/x.png" has no scheme but names another host: browsers fetch it from there.
            boolean local = uri.getScheme() == null && uri.getRawAuthority() == null && value.startsWith("/")
                    && !value.startsWith("//");
            if (!web && !local) {
                throw new InvalidInputException("avatarUrl", "must be an http(s) URL or a path on this server");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException("avatarUrl", "is not a URL");
        }
        return value;
    }
}
