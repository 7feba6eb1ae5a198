package chat.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WebhookSigningTest {

    private static final byte[] SECRET = "whsec-test".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSignatureIsHmacSha256OfTimestampDotBody() {
        // echo -n '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec-test
        assertEquals("fed7a1a6c799a6367d73724d76bc70c16678908a32a879cd1ded6565ac05cece",
                WebhookSigning.sign(SECRET, 1_700_000_000L, "{\"a\":1}"));
        assertNotEquals(WebhookSigning.sign(SECRET, 1_700_000_000L, "{\"a\":1}"),
                WebhookSigning.sign(SECRET, 1_700_000_001L, "{\"a\":1}"), "the timestamp is signed");
        assertNotEquals(WebhookSigning.sign(SECRET, 1_700_000_000L, "{\"a\":1}"),
                WebhookSigning.sign(SECRET, 1_700_000_000L, "{\"a\":2}"), "the body is signed");
    }
}
