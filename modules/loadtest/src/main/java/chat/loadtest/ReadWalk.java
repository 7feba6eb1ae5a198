package chat.loadtest;

/**
 * One reader's walk up a conversation in {@code unread}: read frames for seq {@code cursor + 1},
 * {@code cursor + 2}, ... up to the conversation's last seq, one at a time, so that every frame
 * moves the reader's cursor forward. Counts the answers ({@code conversation.read} events), those
 * whose cursor is the seq just read (the move happened), the error answers, and the latency of
 * each answer. Pure logic, not thread-safe: the caller feeds one socket's frames in order and locks.
 */
final class ReadWalk {

    private final long last;
    private final LongSamples latencies = new LongSamples();
    private long next;
    private long inFlight = -1; // the seq of the frame awaiting its answer
    private long sentNanos;
    private long lastAnswerNanos;
    private int moved;
    private int errors;
    private int unexpected;

    /** A walk from the reader's cursor (the last seq it has read) to the conversation's last seq. */
    ReadWalk(long cursor, long last) {
        this.next = cursor + 1;
        this.last = last;
    }

    /** The seq of the next frame, sent now; -1 when a frame awaits its answer or the walk reached the last seq. */
    long next(long nowNanos) {
        if (inFlight >= 0 || next > last) {
            return -1;
        }
        inFlight = next++;
        sentNanos = nowNanos;
        return inFlight;
    }

    /** The {@code conversation.read} answer, with the cursor as it now stands. */
    void answered(long cursor, long nowNanos) {
        if (inFlight < 0) {
            unexpected++;
            return;
        }
        moved += cursor == inFlight ? 1 : 0;
        latencies.add(nowNanos - sentNanos);
        lastAnswerNanos = nowNanos;
        inFlight = -1;
    }

    /** An {@code error} answer to the frame in flight. */
    void failed(long nowNanos) {
        if (inFlight < 0) {
            unexpected++;
            return;
        }
        errors++;
        lastAnswerNanos = nowNanos;
        inFlight = -1;
    }

    /** Frames answered with a {@code conversation.read} event. */
    int answers() {
        return latencies.size();
    }

    /** Answers whose cursor is the seq of their frame. */
    int moved() {
        return moved;
    }

    int errors() {
        return errors;
    }

    /** Answers that came while no frame was in flight. */
    int unexpected() {
        return unexpected;
    }

    boolean waiting() {
        return inFlight >= 0;
    }

    /** No frame is left to send: the last seq was read. */
    boolean reachedLast() {
        return next > last;
    }

    /** When the last answer came; 0 before the first. */
    long lastAnswerNanos() {
        return lastAnswerNanos;
    }

    /** Frame-to-answer latencies in nanoseconds, of the {@code conversation.read} answers. */
    long[] latencies() {
        return latencies.toArray();
    }
}
