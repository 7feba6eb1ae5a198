package chat.identity.internal.interfaces;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the log says about a bearer token: the first 12 hex digits of its SHA-256, enough for an
 * operator to tell one token's attempts from another's (and to match a token a user hands in),
 * useless to anyone who reads the log to replay it.
 */
final class TokenFingerprint {

    private TokenFingerprint() {
    }

    static String of(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The token of an {@code Authorization: Bearer ...} header, or null. */
    static String bearer(String authorization) {
        String scheme = "Bearer ";
        return authorization != null && authorization.regionMatches(true, 0, scheme, 0, scheme.length())
                ? authorization.substring(scheme.length()).trim() : null;
    }
}
