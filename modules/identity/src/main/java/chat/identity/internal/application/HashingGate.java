package chat.identity.internal.application;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import chat.platform.errors.RateLimitedException;

/**
 * Bounds how many password hashes run at once on this node. A PBKDF2 check is deliberately slow
 * (tens to hundreds of milliseconds of one core); without a bound, a burst of logins (40 at once
 * with random usernames) takes every core and every request thread. A login waits a bounded time
 * for its turn; when none comes it answers 429 {@code RATE_LIMITED} (the contract's "slow down",
 * which login clients already handle for the username throttle), rather than queueing without end.
 */
public final class HashingGate {

    private final Semaphore permits;
    private final long waitMillis;

    public HashingGate(int concurrent, long waitMillis) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("at least one hash must be allowed at once, not " + concurrent);
        }
        this.permits = new Semaphore(concurrent, true);
        this.waitMillis = waitMillis;
    }

    /** Runs the hash when a turn comes within the wait; refuses with RATE_LIMITED otherwise. */
    public <T> T hash(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new RateLimitedException("too many logins at once on this server; try again in a moment");
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
