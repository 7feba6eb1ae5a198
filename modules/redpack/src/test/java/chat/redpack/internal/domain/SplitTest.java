package chat.redpack.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

class SplitTest {

    /** Draws every share of a packet as the claims would, one after another. */
    static long[] shares(long total, int count, RandomGenerator random) {
        long[] shares = new long[count];
        long left = total;
        for (int i = 0; i < count; i++) {
            shares[i] = Split.next(left, count - i, random);
            left -= shares[i];
        }
        return shares;
    }

    @Test
    void everyShareIsAtLeastOneCentAndTheyAddUpToTheTotal() {
        SplittableRandom random = new SplittableRandom(7);
        for (int run = 0; run < 20_000; run++) {
            int count = 1 + random.nextInt(200);
            long total = count + random.nextLong(random.nextBoolean() ? 1_000 : 2_000_000);
            long[] shares = shares(total, count, random);
            assertEquals(total, Arrays.stream(shares).sum(), () -> total + " in " + count);
            assertTrue(Arrays.stream(shares).allMatch(s -> s >= 1), () -> Arrays.toString(shares));
        }
    }

    @Test
    void aTotalOfOneCentPerShareGivesEveryoneOneCent() {
        for (int count = 1; count <= 100; count++) {
            long[] shares = shares(count, count, new SplittableRandom(count));
            assertTrue(Arrays.stream(shares).allMatch(s -> s == 1), Arrays.toString(shares));
        }
    }

    @Test
    void oneCentMoreThanTheCountGivesOneShareTwoCents() {
        for (int count = 1; count <= 100; count++) {
            long[] shares = shares(count + 1, count, new SplittableRandom(count));
            assertEquals(1, Arrays.stream(shares).filter(s -> s == 2).count(), Arrays.toString(shares));
            assertEquals(count - 1, Arrays.stream(shares).filter(s -> s == 1).count(), Arrays.toString(shares));
        }
    }

    @Test
    void theLastShareTakesTheExactRemainder() {
        assertEquals(537, Split.next(537, 1, new SplittableRandom(1)));
    }

    @Test
    void eachPositionAveragesNearTheMeanShare() {
        SplittableRandom random = new SplittableRandom(42);
        int count = 10;
        long total = 10_000;
        int runs = 40_000;
        double[] sums = new double[count];
        for (int run = 0; run < runs; run++) {
            long[] shares = shares(total, count, random);
            for (int i = 0; i < count; i++) {
                sums[i] += shares[i];
            }
        }
        for (int i = 0; i < count; i++) {
            double mean = sums[i] / runs;
            assertEquals(1_000, mean, 30, "position " + i + " averages " + mean);
        }
    }

    @Test
    void aPacketThatCannotGiveEveryoneACentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Split.next(4, 5, new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> Split.next(4, 0, new SplittableRandom(1)));
    }
}
