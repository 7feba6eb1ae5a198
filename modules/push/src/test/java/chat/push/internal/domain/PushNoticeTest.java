package chat.push.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PushNoticeTest {

    private static PendingPush waiting(int count, String type, String preview, boolean mentioned) {
        return new PendingPush(new PendingKey("bo", "d1", "g1", Channel.WEB_PUSH), count, 12, "ann", type, preview,
                mentioned, 0, null);
    }

    @Test
    void oneMessageShowsItsSenderAndPreviewUnderTheConversation() {
        var notice = PushNotice.of(waiting(1, "TEXT", "Lunch?", false), "Lunch crew", "Ann", true);
        assertEquals("Lunch crew", notice.title());
        assertEquals("Ann: Lunch?", notice.body());
        assertEquals("/#/c/g1", notice.url());
        assertEquals(12, notice.seq());
    }

    @Test
    void severalMessagesAreCountedAndADirectChatIsTitledBySender() {
        assertEquals("3 new messages in Lunch crew", PushNotice.of(waiting(3, "TEXT", "x", false), "Lunch crew", "Ann", true).body());
        var direct = PushNotice.of(waiting(2, "TEXT", "x", true), null, "Ann", true);
        assertEquals("Ann", direct.title());
        assertEquals("2 new messages, and you were mentioned", direct.body());
    }

    @Test
    void withoutPreviewsNoTextLeavesAndMediaIsNamed() {
        assertEquals("Ann: New message", PushNotice.of(waiting(1, "TEXT", "secret plans", false), "G", "Ann", false).body());
        assertEquals("Ann mentioned you: New message", PushNotice.of(waiting(1, "TEXT", "secret", true), "G", "Ann", false).body());
        assertEquals("Ann: [Image]", PushNotice.of(waiting(1, "IMAGE", null, false), "G", "Ann", true).body());
        assertEquals("Ann: [Red packet] Happy new year", PushNotice.of(waiting(1, "REDPACK", "Happy new year", false), "G", "Ann", true).body());
    }

    @Test
    void aLongPreviewIsCutWithoutSplittingACharacter() {
        String text = "😀".repeat(150);
        String cut = PushNotice.cut(text);
        assertEquals(PushNotice.MAX_PREVIEW, cut.codePointCount(0, cut.length()));
        assertEquals("short", PushNotice.cut("short"));
    }
}
