package chat.platform.faults;

import java.time.Duration;
import java.util.Optional;

/**
 * Exponential backoff for one retried thing: after a failure the next try waits {@code initial},
 * doubling on every further failure up to {@code max}; a success resets it. It also tells a streak's
 * first failure apart, so a caller logs an outage once rather than once per try. Thread-safe.
 */
public final class Backoff {

    private final long initialNanos;
    private final long maxNanos;
    private long delayNanos;
    private long nextTry;
    private long failingSince;
    private boolean failing;

    public Backoff(Duration initial, Duration max) {
        this.initialNanos = initial.toNanos();
        this.maxNanos = max.toNanos();
    }

    /** True when no wait is pending: a try may go now. */
    public synchronized boolean ready() {
        return !failing || System.nanoTime() - nextTry >= 0;
    }

    /** Records a failure; answers true when it starts a streak (the one to log). */
    public synchronized boolean failed() {
        long now = System.nanoTime();
        boolean first = !failing;
        delayNanos = first ? initialNanos : Math.min(maxNanos, delayNanos * 2);
        nextTry = now + delayNanos;
        if (first) {
            failingSince = now;
            failing = true;
        }
        return first;
    }

    /** Records a success; answers how long the streak it ends lasted, if one was going on. */
    public synchronized Optional<Duration> succeeded() {
        if (!failing) {
            return Optional.empty();
        }
        failing = false;
        delayNanos = 0;
        return Optional.of(Duration.ofNanos(System.nanoTime() - failingSince));
    }

    /** The wait the last failure set (zero unless failing): the schedule, apart from the clock. */
    public synchronized Duration step() {
        return failing ? Duration.ofNanos(delayNanos) : Duration.ZERO;
    }

    /** What is left of that wait before the next try: zero unless failing. */
    public synchronized Duration delay() {
        return failing ? Duration.ofNanos(Math.max(0, nextTry - System.nanoTime())) : Duration.ZERO;
    }

    public synchronized boolean isFailing() {
        return failing;
    }
}
