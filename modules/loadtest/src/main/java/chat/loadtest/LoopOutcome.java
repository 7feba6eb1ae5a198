package chat.loadtest;

import java.util.Arrays;

/**
 * What a {@link ConcurrentLoop} did: the latency of each step by index ({@code -1} when the step
 * failed or never ran), the errors, the wall time, and whether the time limit cut it short.
 */
record LoopOutcome(long[] nanos, int started, int errors, String firstError, long wallNanos, boolean timedOut) {

    int count() {
        return nanos.length;
    }

    int succeeded() {
        return (int) Arrays.stream(nanos).filter(n -> n >= 0).count();
    }

    boolean succeeded(int index) {
        return nanos[index] >= 0;
    }

    /** Latencies of the steps that succeeded, in milliseconds. */
    Stats latencyMillis() {
        return Stats.of(Arrays.stream(nanos).filter(n -> n >= 0).mapToDouble(Units::toMillis).toArray());
    }

    /** Successful steps per second of wall time. */
    double perSecond() {
        return wallNanos == 0 ? 0 : succeeded() / (wallNanos / 1e9);
    }

    /** Every step ran and none failed. */
    boolean clean() {
        return errors == 0 && !timedOut;
    }

    /** The summaries of the outcomes that were not clean, or "0". */
    static String errorSummary(LoopOutcome... outcomes) {
        StringBuilder out = new StringBuilder();
        for (LoopOutcome outcome : outcomes) {
            if (!outcome.clean()) {
                out.append(out.length() == 0 ? "" : "; ").append(outcome.errorSummary());
            }
        }
        return out.length() == 0 ? "0" : out.toString();
    }

    /** A one-line summary of the errors for the result table. */
    String errorSummary() {
        String text = errors == 0 ? "0" : errors + " (first: " + firstError + ")";
        return timedOut ? text + "; stopped by the time limit after " + started + " of " + count() : text;
    }
}
