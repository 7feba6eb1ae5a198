package chat.push.internal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class PushTopicTest {

    @Test
    void theTopicIsThirtyTwoBase64UrlCharactersPerConversation() {
        assertEquals(32, HttpPushChannels.topic("g-1").length());
        assertEquals(HttpPushChannels.topic("g-1"), HttpPushChannels.topic("g-1"));
        assertNotEquals(HttpPushChannels.topic("g-1"), HttpPushChannels.topic("g-2"));
    }
}
