package chat.loadtest;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The fixed schedule of {@code messages --rate R}: message i is due at start + i/R seconds, however
 * the messages before it fared, so the load stays at R a second while the server is slow (unlike a
 * pause after each ack, which slows down with the server). A sender still waiting for the ack of
 * its previous message when the next one is due sends it as soon as that ack comes; a send that
 * leaves more than {@link #LATE_NANOS} after it was due counts as late, so the table shows when the
 * senders could not keep to the schedule. Without a rate nothing is ever due: each send leaves as
 * soon as the one before it is answered.
 */
final class SendSchedule {

    /** A send that leaves more than this after it was due is late. */
    static final long LATE_NANOS = 5_000_000;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final int perSecond;
    private final long startNanos;
    private final AtomicInteger late = new AtomicInteger();
    private final AtomicLong latestNanos = new AtomicLong(Long.MIN_VALUE);

    /** {@code perSecond} 0: no schedule. */
    SendSchedule(int perSecond, long startNanos) {
        if (perSecond < 0) {
            throw new IllegalArgumentException("a rate is 0 (none) or more: " + perSecond);
        }
        this.perSecond = perSecond;
        this.startNanos = startNanos;
    }

    boolean fixed() {
        return perSecond > 0;
    }

    int perSecond() {
        return perSecond;
    }

    /** When message {@code index} is due ({@link System#nanoTime()}); only with a rate. */
    long dueNanos(int index) {
        return startNanos + index * NANOS_PER_SECOND / perSecond;
    }

    /**
     * Waits until message {@code index} is due (not at all when it is due already, or without a
     * rate); false, without waiting, when it is due only after the deadline.
     */
    boolean awaitDue(int index, Deadline deadline) throws InterruptedException {
        if (!fixed()) {
            return true;
        }
        long wait = dueNanos(index) - System.nanoTime();
        if (wait > deadline.remaining().toNanos()) {
            return false;
        }
        // parkNanos, not Thread.sleep, which rounds to whole milliseconds
        while ((wait = dueNanos(index) - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        return true;
    }

    /** Message {@code index} left at {@code sentNanos}: late when over {@link #LATE_NANOS} after it was due. */
    void left(int index, long sentNanos) {
        if (!fixed()) {
            return;
        }
        long behind = sentNanos - dueNanos(index);
        if (behind > LATE_NANOS) {
            late.incrementAndGet();
        }
        latestNanos.accumulateAndGet(behind, Math::max);
    }

    /** Sends that left over {@link #LATE_NANOS} after they were due. */
    int late() {
        return late.get();
    }

    /** The row of the late sends among {@code sent}: how many, and how far behind the furthest one left. */
    String describeLate(int sent) {
        if (sent == 0 || latestNanos.get() == Long.MIN_VALUE) {
            return "none sent";
        }
        return late() + " of " + sent + " (the furthest behind left "
                + Units.millis(Units.toMillis(Math.max(0, latestNanos.get()))) + " after its slot)";
    }
}
