package chat.loadtest;

import java.util.Arrays;

/**
 * Median and percentiles of recorded values (latencies in milliseconds, rates per second).
 * The median is the middle value, or the mean of the two middle values for an even count; other
 * percentiles use the nearest-rank method: the smallest recorded value with at least p% of the
 * values at or below it, so p99 is always a value that was actually observed.
 */
final class Stats {

    private final double[] sorted;

    private Stats(double[] sorted) {
        this.sorted = sorted;
    }

    static Stats of(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return new Stats(copy);
    }

    int count() {
        return sorted.length;
    }

    boolean isEmpty() {
        return sorted.length == 0;
    }

    double median() {
        requireValues();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Nearest-rank percentile, {@code 0 < p <= 100}. */
    double percentile(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        requireValues();
        // p * n / 100 is exact for whole p; the epsilon keeps 99.9 * 1000 / 100 at rank 999.
        int rank = (int) Math.ceil(p * sorted.length / 100.0 - 1e-9);
        return sorted[Math.max(rank, 1) - 1];
    }

    double p99() {
        return percentile(99);
    }

    double max() {
        requireValues();
        return sorted[sorted.length - 1];
    }

    private void requireValues() {
        if (sorted.length == 0) {
            throw new IllegalStateException("no values recorded");
        }
    }
}
