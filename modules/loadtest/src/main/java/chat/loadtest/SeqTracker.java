package chat.loadtest;

import java.util.List;

/**
 * One member's copy of one conversation, as a client keeps it: the highest seq it holds with
 * nothing missing below ({@link #held()}). A {@code notify} extends it with its items when they
 * continue from there; when they do not (the first new item is past held + 1, or the notify
 * has no items) there is a gap, and the tracker asks for a pull of {@code (held, seq]}. A pull
 * answer extends held in turn; while it says {@code hasMore}, or a later notify announced more,
 * the tracker asks for the next pull. One pull at a time; an answer that brings nothing new ends
 * the pulling until the next notify, so a wrong answer cannot start an endless loop.
 *
 * <p>Pure logic, not thread-safe: the caller feeds one socket's frames in order and locks.
 */
final class SeqTracker {

    /** A message as the tracker sees it: its seq, and its client send time ({@code -1} when unknown). */
    record Item(long seq, long sentNanos) {
    }

    /** A pull to send: {@code {"type":"pull","after","until"}}. */
    record Pull(long after, long until) {
    }

    /** Told of every seq the moment the member holds it (held became that seq), in ascending order. */
    @FunctionalInterface
    interface HeldListener {
        void held(Item item);
    }

    private final HeldListener listener;
    private long held;
    private long announced;
    private boolean pulling;
    private int notifies;
    private int pulls;
    private int emptyAnswers;

    SeqTracker(HeldListener listener) {
        this.listener = listener;
    }

    /** Everything up to {@code seq} was stored before the measurement: held without a latency sample. */
    void assumeHeld(long seq) {
        held = Math.max(held, seq);
        announced = Math.max(announced, seq);
    }

    /** A {@code notify} standing for every message up to {@code seq}; {@code items} ascending, maybe empty. */
    Pull onNotify(long seq, List<Item> items) {
        notifies++;
        announced = Math.max(announced, seq);
        extend(items);
        return nextPull();
    }

    /** The {@code messages} answer to the pull in flight. */
    Pull onPullAnswer(List<Item> items, boolean hasMore) {
        pulling = false;
        long before = held;
        extend(items);
        if (held == before) {
            emptyAnswers++;
            return null;
        }
        if (hasMore) {
            announced = Math.max(announced, held + 1);
        }
        return nextPull();
    }

    /** The pull in flight was answered with an error: pull again at the next notify. */
    void onPullFailed() {
        pulling = false;
    }

    private void extend(List<Item> items) {
        for (Item item : items) {
            if (item.seq() == held + 1) {
                held = item.seq();
                listener.held(item);
            }
            // seq <= held: held already; seq > held + 1: past a gap, which the pull brings again
        }
    }

    private Pull nextPull() {
        if (pulling || held >= announced) {
            return null;
        }
        pulling = true;
        pulls++;
        return new Pull(held, announced);
    }

    long held() {
        return held;
    }

    /** The highest seq a notify announced. */
    long announced() {
        return announced;
    }

    boolean pulling() {
        return pulling;
    }

    int notifies() {
        return notifies;
    }

    int pulls() {
        return pulls;
    }

    /** Pull answers that extended nothing. */
    int emptyAnswers() {
        return emptyAnswers;
    }
}
