package chat.redpack.internal.domain;

import java.util.random.RandomGenerator;

/**
 * The double-mean split of a red packet. Each share gets 1 cent reserved; the next share draws
 * uniformly from 0 to twice the floor-average of the spare cents left, plus its reserved cent; the
 * last share takes the exact remainder. Every share is at least 1 cent, the shares sum to the total,
 * and each position's expected amount is about total / count.
 */
public final class Split {

    private Split() {
    }

    /** The amount of the next share of a packet with {@code remainingCents} left for {@code remainingCount} shares. */
    public static long next(long remainingCents, int remainingCount, RandomGenerator random) {
        if (remainingCount < 1 || remainingCents < remainingCount) {
            throw new IllegalArgumentException("cannot split " + remainingCents + " cents into " + remainingCount
                    + " shares of at least 1 cent");
        }
        if (remainingCount == 1) {
            return remainingCents;
        }
        long spare = remainingCents - remainingCount;
        long max = 2 * (spare / remainingCount);
        return 1 + (max == 0 ? 0 : random.nextLong(max + 1));
    }
}
