package chat.push.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;

class SubscriptionKeysTest {

    /** The user agent's public key and secret of RFC 8291's worked example (Appendix A). */
    static final String UA_PUBLIC = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";

    private static String field(String p256dh, String auth) {
        return assertThrows(InvalidInputException.class, () -> SubscriptionKeys.of(p256dh, auth)).field();
    }

    @Test
    void aBrowsersKeysAreTaken() {
        var keys = SubscriptionKeys.of(UA_PUBLIC, AUTH);
        assertEquals(65, keys.publicKey().length);
        assertEquals(16, keys.authSecret().length);
    }

    @Test
    void aPointOffTheCurveOrOfTheWrongShapeIsRefused() {
        byte[] point = Base64.getUrlDecoder().decode(UA_PUBLIC);
        point[64] ^= 1;
        assertEquals("p256dh", field(Base64.getUrlEncoder().withoutPadding().encodeToString(point), AUTH));
        point[64] ^= 1;
        point[0] = 0x02;
        assertEquals("p256dh", field(Base64.getUrlEncoder().withoutPadding().encodeToString(point), AUTH));
        assertEquals("p256dh", field(UA_PUBLIC.substring(0, 40), AUTH));
        assertEquals("p256dh", field("not base64!", AUTH));
        assertEquals("p256dh", field(null, AUTH));
    }

    @Test
    void anAuthSecretIsSixteenBytes() {
        assertEquals("auth", field(UA_PUBLIC, "BTBZMqHH6r4Tts7J_aSI"));
        assertEquals("auth", field(UA_PUBLIC, ""));
        assertEquals("auth", field(UA_PUBLIC, "%%%"));
    }
}
