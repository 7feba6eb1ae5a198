package chat.push.internal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] SECRET = "whsec-test".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSignatureIsHmacSha256OfTimestampDotBody() {
        // echo -n '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec-test
        assertEquals("fed7a1a6c799a6367d73724d76bc70c16678908a32a879cd1ded6565ac05cece",
                WebhookSignature.sign(SECRET, 1_700_000_000L, "{\"a\":1}"));
        assertNotEquals(WebhookSignature.sign(SECRET, 1_700_000_000L, "{\"a\":1}"),
                WebhookSignature.sign(SECRET, 1_700_000_001L, "{\"a\":1}"), "the timestamp is signed");
        assertNotEquals(WebhookSignature.sign(SECRET, 1_700_000_000L, "{\"a\":1}"),
                WebhookSignature.sign(SECRET, 1_700_000_000L, "{\"a\":2}"), "the body is signed");
    }

    @Test
    void theTopicIsThirtyTwoBase64UrlCharactersPerConversation() {
        assertEquals(32, HttpPushChannels.topic("g-1").length());
        assertEquals(HttpPushChannels.topic("g-1"), HttpPushChannels.topic("g-1"));
        assertNotEquals(HttpPushChannels.topic("g-1"), HttpPushChannels.topic("g-2"));
    }
}
