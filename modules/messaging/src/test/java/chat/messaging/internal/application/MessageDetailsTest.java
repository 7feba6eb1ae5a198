package chat.messaging.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import chat.media.api.MediaCatalog;
import chat.media.api.MediaInfo;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageType;

class MessageDetailsTest {

    private static final Instant AT = Instant.parse("2026-12-05T12:00:00Z");
    private static final MediaInfo PHOTO = new MediaInfo("md1", "IMAGE", "image/png", 2048, "/api/v1/media/md1?sig=a",
            null, 640, 480, null);

    private final List<Collection<String>> asked = new ArrayList<>();
    private final MessageDetails attached = new MessageDetails();

    MessageDetailsTest() {
        attached.media = new MediaCatalog() {
            @Override
            public MediaInfo attach(String mediaId, String userId, String conversationId, String messageType) {
                throw new UnsupportedOperationException();
            }

            @Override
            public MediaInfo share(String mediaId, String fromConversationId, String toConversationId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int withdraw(String conversationId, Collection<String> mediaIds) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Map<String, MediaInfo> describe(Collection<String> mediaIds) {
                asked.add(List.copyOf(mediaIds));
                return mediaIds.contains("md1") ? Map.of("md1", PHOTO) : Map.of();
            }
        };
    }

    private static Message message(long seq, MessageType type, String attachmentId, boolean recalled) {
        return new Message("g", seq, "ann", "c" + seq, type, null, attachmentId, AT, recalled);
    }

    @Test
    void aPageAsksForAllItsMediaInOneQuestion() {
        var page = attached.of(List.of(message(1, MessageType.IMAGE, "md1", false), message(2, MessageType.TEXT, null, false),
                message(3, MessageType.IMAGE, "md1", false), message(4, MessageType.REDPACK, "rp1", false)));
        assertEquals(List.of(List.of("md1")), asked);
        assertEquals(PHOTO, page.get(0).media());
        assertNull(page.get(1).media());
        assertEquals(PHOTO, page.get(2).media());
        assertNull(page.get(3).media(), "a red packet's id is no media id");
    }

    @Test
    void aPageWhoseOnlyMediaMessageWasRecalledAsksNothingAndCarriesNoMedia() {
        var page = attached.of(List.of(message(1, MessageType.IMAGE, null, true), message(2, MessageType.TEXT, null, false)));
        assertEquals(List.of(), asked);
        assertNull(page.get(0).media());
    }

    @Test
    void aFileThatIsGoneLeavesItsMessageWithoutMedia() {
        assertNull(attached.of(List.of(message(1, MessageType.VIDEO, "md9", false))).get(0).media());
    }
}
