package chat.messaging.internal.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessageTypeTest {

    @Test
    void imagesAudioAndVideoAreMedia() {
        assertTrue(MessageType.IMAGE.isMedia());
        assertTrue(MessageType.AUDIO.isMedia());
        assertTrue(MessageType.VIDEO.isMedia());
    }

    @Test
    void textRedPacketsAndSystemMessagesAreNotMedia() {
        assertFalse(MessageType.TEXT.isMedia());
        assertFalse(MessageType.REDPACK.isMedia());
        assertFalse(MessageType.SYSTEM.isMedia());
    }
}
