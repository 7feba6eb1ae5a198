package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Frames that need no answer, so no socket: notifies with their items, and other conversations. */
class GroupMemberTest {

    private static final String NOTIFY = "{\"type\":\"notify\",\"groupId\":\"%s\",\"seq\":%d,\"items\":[%s]}";

    private static jakarta.json.JsonObject notify(String groupId, long seq, String items) {
        return JsonText.parse(String.format(NOTIFY, groupId, seq, items));
    }

    @Test
    void aSampledMemberRecordsSendToHoldLatencyForItsOwnMessagesOnly() {
        GroupMember member = new GroupMember("g", true);
        member.assumeHeld(1); // a SYSTEM message before the run
        member.frame(null, notify("g", 3, "{\"seq\":2,\"text\":\"lt 100 a\"},{\"seq\":3,\"text\":\"lt 250 b\"}"), 1_000);
        member.frame(null, notify("g", 4, "{\"seq\":4,\"text\":\"Ann renamed the group\"}"), 2_000);
        assertEquals(4, member.held());
        assertEquals(2, member.notifies());
        assertEquals(0, member.pulls());
        assertEquals(2_000, member.lastNotifyNanos());
        assertArrayEquals(new long[] {900, 750}, member.latencies());
    }

    @Test
    void anUnsampledMemberKeepsNoLatenciesAndIgnoresOtherConversations() {
        GroupMember member = new GroupMember("g", false);
        member.frame(null, notify("other", 1, "{\"seq\":1,\"text\":\"lt 1 a\"}"), 10);
        member.frame(null, JsonText.parse("{\"type\":\"event\",\"event\":\"presence\"}"), 20);
        member.frame(null, notify("g", 1, "{\"seq\":1,\"text\":\"lt 1 a\"}"), 30);
        assertEquals(1, member.held());
        assertEquals(1, member.notifies());
        assertArrayEquals(new long[0], member.latencies());
    }
}
