package chat.messaging.internal.interfaces.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PacedConversationsTest {

    private final NotifyFeed feed = new NotifyFeed("g");
    private final PacedConversations paced = new PacedConversations();

    @Test
    void theFirstMessageAfterAQuietIntervalLeavesAtOnce() {
        assertEquals(new NotifyRun(feed, 1, 1), paced.offer(feed, 1, 0).orElseThrow());
        assertTrue(paced.offer(feed, 2, 10).isEmpty(), "within the interval it waits");
        assertTrue(paced.offer(feed, 3, 20).isEmpty());
        assertTrue(paced.due(999).isEmpty());
        assertEquals(List.of(new NotifyRun(feed, 2, 3)), paced.due(1_000), "one run for everything that waited");
        assertEquals(new NotifyRun(feed, 4, 4), paced.offer(feed, 4, 2_000).orElseThrow());
    }

    @Test
    void tenWaitingSeqsLeaveWithoutWaitingForTheInterval() {
        paced.offer(feed, 1, 0);
        for (long seq = 2; seq <= PacedConversations.FLUSH_AT; seq++) {
            assertTrue(paced.offer(feed, seq, 100).isEmpty());
        }
        assertEquals(new NotifyRun(feed, 2, PacedConversations.FLUSH_AT + 1),
                paced.offer(feed, PacedConversations.FLUSH_AT + 1, 100).orElseThrow());
    }

    @Test
    void aConversationQuietForAWholeIntervalIsForgotten() {
        paced.offer(feed, 1, 0);
        assertTrue(paced.due(1_000).isEmpty());
        assertEquals(new NotifyRun(feed, 2, 2), paced.offer(feed, 2, 1_001).orElseThrow(), "quiet again: at once");
    }
}
