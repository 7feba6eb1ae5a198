package chat.loadtest;

import java.time.Duration;

/** A scenario's time limit: loops stop starting work once it has passed. */
final class Deadline {

    private static final Duration SHORTEST_TIMEOUT = Duration.ofMillis(1);

    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    static Deadline after(Duration limit) {
        return new Deadline(System.nanoTime() + limit.toNanos());
    }

    boolean expired() {
        return System.nanoTime() - endNanos >= 0;
    }

    Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    /** A timeout for one operation: at most {@code max}, never past the deadline, never zero. */
    Duration cap(Duration max) {
        Duration left = remaining();
        Duration capped = left.compareTo(max) < 0 ? left : max;
        return capped.compareTo(SHORTEST_TIMEOUT) < 0 ? SHORTEST_TIMEOUT : capped;
    }
}
