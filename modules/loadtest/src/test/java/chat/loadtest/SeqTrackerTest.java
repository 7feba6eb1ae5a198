package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class SeqTrackerTest {

    private final List<Long> heldInOrder = new ArrayList<>();
    private final SeqTracker tracker = new SeqTracker(item -> heldInOrder.add(item.seq()));

    /** Items {@code from..to}, each sent at 1000 * seq nanos. */
    private static List<SeqTracker.Item> items(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(s -> new SeqTracker.Item(s, 1000 * s)).toList();
    }

    private static List<Long> seqs(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    @Test
    void notifiesWithTheirItemsExtendHeldWithoutPulls() {
        assertNull(tracker.onNotify(1, items(1, 1)));
        assertNull(tracker.onNotify(2, items(2, 2)));
        assertNull(tracker.onNotify(7, items(3, 7))); // batched: one notify for five messages
        assertEquals(7, tracker.held());
        assertEquals(seqs(1, 7), heldInOrder);
        assertEquals(3, tracker.notifies());
        assertEquals(0, tracker.pulls());
    }

    @Test
    void aNotifyWithoutItemsIsAGapPulledUpToItsSeq() {
        tracker.onNotify(2, items(1, 2));
        assertEquals(new SeqTracker.Pull(2, 12), tracker.onNotify(12, List.of()));
        assertTrue(tracker.pulling());
        assertNull(tracker.onPullAnswer(items(3, 12), false));
        assertEquals(12, tracker.held());
        assertFalse(tracker.pulling());
        assertEquals(seqs(1, 12), heldInOrder);
        assertEquals(1, tracker.pulls());
    }

    @Test
    void itemsStartingPastHeldPlusOneAreAGap() {
        tracker.onNotify(3, items(1, 3));
        // seq 4 went missing; 5..6 arrive inline but cannot be held before 4
        assertEquals(new SeqTracker.Pull(3, 6), tracker.onNotify(6, items(5, 6)));
        assertEquals(3, tracker.held());
        assertNull(tracker.onPullAnswer(items(4, 6), false));
        assertEquals(6, tracker.held());
        assertEquals(seqs(1, 6), heldInOrder);
    }

    @Test
    void pullsAgainWhileTheAnswerHasMore() {
        assertEquals(new SeqTracker.Pull(0, 120), tracker.onNotify(120, List.of()));
        assertEquals(new SeqTracker.Pull(50, 120), tracker.onPullAnswer(items(1, 50), true));
        assertEquals(new SeqTracker.Pull(100, 120), tracker.onPullAnswer(items(51, 100), true));
        assertNull(tracker.onPullAnswer(items(101, 120), false));
        assertEquals(120, tracker.held());
        assertEquals(3, tracker.pulls());
        assertEquals(seqs(1, 120), heldInOrder);
    }

    @Test
    void oneGapOnePullAtATimeAndTheLaterNotifyIsPulledNext() {
        assertEquals(new SeqTracker.Pull(0, 5), tracker.onNotify(5, List.of()));
        assertNull(tracker.onNotify(9, List.of())); // a pull is in flight: no second one
        assertEquals(new SeqTracker.Pull(5, 9), tracker.onPullAnswer(items(1, 5), false));
        assertNull(tracker.onPullAnswer(items(6, 9), false));
        assertEquals(9, tracker.held());
        assertEquals(2, tracker.pulls());
    }

    @Test
    void overlappingAndStaleItemsAreHeldOnce() {
        assertEquals(new SeqTracker.Pull(0, 4), tracker.onNotify(4, List.of()));
        assertNull(tracker.onNotify(6, items(1, 6))); // contiguous inline items arrive first
        assertNull(tracker.onPullAnswer(items(1, 4), false)); // the answer overlaps: nothing new, no loop
        assertNull(tracker.onNotify(3, items(3, 3))); // stale
        assertEquals(6, tracker.held());
        assertEquals(seqs(1, 6), heldInOrder);
        assertEquals(1, tracker.emptyAnswers());
    }

    @Test
    void anAnswerThatBringsNothingEndsThePullingUntilTheNextNotify() {
        assertEquals(new SeqTracker.Pull(0, 3), tracker.onNotify(3, List.of()));
        assertNull(tracker.onPullAnswer(List.of(), true)); // says hasMore but brings nothing: stop
        assertFalse(tracker.pulling());
        assertEquals(new SeqTracker.Pull(0, 4), tracker.onNotify(4, List.of()));
        assertNull(tracker.onPullAnswer(items(1, 4), false));
        assertEquals(4, tracker.held());
    }

    @Test
    void aFailedPullIsRetriedAtTheNextNotify() {
        tracker.onNotify(2, List.of());
        tracker.onPullFailed();
        assertFalse(tracker.pulling());
        assertEquals(new SeqTracker.Pull(0, 3), tracker.onNotify(3, List.of()));
    }

    @Test
    void seqsStoredBeforeTheMeasurementAreHeldWithoutSamples() {
        tracker.assumeHeld(2); // e.g. a SYSTEM message and one before the run
        assertNull(tracker.onNotify(2, List.of())); // announces nothing new
        assertNull(tracker.onNotify(4, items(3, 4)));
        assertEquals(4, tracker.held());
        assertEquals(seqs(3, 4), heldInOrder);
    }

    @Test
    void theListenerSeesEachItemWithItsSendTime() {
        List<SeqTracker.Item> seen = new ArrayList<>();
        SeqTracker timed = new SeqTracker(seen::add);
        timed.onNotify(2, List.of(new SeqTracker.Item(1, -1), new SeqTracker.Item(2, 42)));
        assertEquals(List.of(new SeqTracker.Item(1, -1), new SeqTracker.Item(2, 42)), seen);
    }
}
