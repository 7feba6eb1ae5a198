package chat.messaging.internal.infrastructure;

/**
 * When the search indexer runs: at once while the node is quiet; while it stores messages fast,
 * once the burst has been over for {@code quietRuns} runs in a row (a pause of a moment inside a
 * burst does not count), or once the first run it let pass is {@code maxDelayNanos} old. The
 * indexing's database work then falls between bursts of sends, or into one catch-up per delay
 * under a load that never pauses, instead of taking its share of the two cores from every send
 * (ADR 0018, "Indexing yields to sends"). A delay of 0 never waits. Used by one thread at a time.
 */
final class IndexPacing {

    private final long busyPerRun;
    private final int quietRuns;
    private final long maxDelayNanos;
    private long storedBefore;
    private long waitingSince;
    private boolean waiting;
    private int quietInARow;

    /** Busy: at least {@code busyPerRun} messages stored since the previous run. */
    IndexPacing(long busyPerRun, int quietRuns, long maxDelayNanos) {
        this.busyPerRun = Math.max(1, busyPerRun);
        this.quietRuns = Math.max(1, quietRuns);
        this.maxDelayNanos = maxDelayNanos;
    }

    /** Whether this run indexes, given the node's messages stored so far and the time. */
    boolean indexNow(long storedSoFar, long nowNanos) {
        boolean busy = storedSoFar - storedBefore >= busyPerRun;
        storedBefore = storedSoFar;
        if (maxDelayNanos <= 0) {
            return true;
        }
        if (busy) {
            quietInARow = 0;
            if (!waiting) {
                waiting = true;
                waitingSince = nowNanos;
            }
        } else {
            quietInARow++;
        }
        boolean burstOver = !waiting || quietInARow >= quietRuns;
        if (burstOver || nowNanos - waitingSince >= maxDelayNanos) {
            waiting = false;
            return true;
        }
        return false;
    }
}
