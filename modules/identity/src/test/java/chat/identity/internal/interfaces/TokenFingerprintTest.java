package chat.identity.internal.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TokenFingerprintTest {

    @Test
    void aFingerprintIsShortStableAndHoldsNoPartOfTheToken() {
        String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbm4ifQ.c2lnbmF0dXJl";
        String fingerprint = TokenFingerprint.of(token);
        assertEquals(fingerprint, TokenFingerprint.of(token));
        assertEquals("sha256:".length() + 12, fingerprint.length());
        for (String part : token.split("\\.")) {
            assertFalse(fingerprint.contains(part));
        }
        assertNotEquals(fingerprint, TokenFingerprint.of(token + "x"));
    }

    @Test
    void theBearerTokenIsTakenFromTheHeaderWhateverTheSchemesCase() {
        assertEquals("abc", TokenFingerprint.bearer("Bearer abc"));
        assertEquals("abc", TokenFingerprint.bearer("bearer  abc "));
        assertNull(TokenFingerprint.bearer("Basic YWxhZGRpbjpvcGVu"));
        assertNull(TokenFingerprint.bearer(null));
    }
}
