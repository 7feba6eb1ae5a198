package chat.messaging.internal.infrastructure;

/**
 * When the search indexer runs: at once while the node is quiet, and while it stores messages
 * fast, only once the first run it let pass is {@code maxDelayNanos} old. The indexing's database
 * work then falls between bursts of sends, or into one batch run per delay under a sustained load,
 * instead of taking its share of the two cores from every send (ADR 0018, "Indexing yields to
 * sends"). A delay of 0 never waits. Used by one thread at a time.
 */
final class IndexPacing {

    private final long busyPerRun;
    private final long maxDelayNanos;
    private long storedBefore;
    private long waitingSince;
    private boolean waiting;

    /** Busy: at least {@code busyPerRun} messages stored since the previous run. */
    IndexPacing(long busyPerRun, long maxDelayNanos) {
        this.busyPerRun = Math.max(1, busyPerRun);
        this.maxDelayNanos = maxDelayNanos;
    }

    /** Whether this run indexes, given the node's messages stored so far and the time. */
    boolean indexNow(long storedSoFar, long nowNanos) {
        boolean busy = storedSoFar - storedBefore >= busyPerRun;
        storedBefore = storedSoFar;
        if (!busy || maxDelayNanos <= 0) {
            waiting = false;
            return true;
        }
        if (!waiting) {
            waiting = true;
            waitingSince = nowNanos;
        }
        if (nowNanos - waitingSince >= maxDelayNanos) {
            waiting = false;
            return true;
        }
        return false;
    }
}
