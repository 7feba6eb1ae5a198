package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class StatsTest {

    private static double[] oneTo(int n) {
        return IntStream.rangeClosed(1, n).mapToDouble(i -> i).toArray();
    }

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertEquals(3.0, Stats.of(new double[] {5, 1, 3}).median());
        assertEquals(7.0, Stats.of(new double[] {7}).median());
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(2.5, Stats.of(new double[] {4, 1, 3, 2}).median());
        assertEquals(50.5, Stats.of(oneTo(100)).median());
    }

    @Test
    void p99IsTheNearestRank() {
        assertEquals(99.0, Stats.of(oneTo(100)).p99());
        assertEquals(990.0, Stats.of(oneTo(1000)).p99());
        assertEquals(9900.0, Stats.of(oneTo(10_000)).p99());
        // Fewer than 100 values: the 99th percentile is the largest.
        assertEquals(20.0, Stats.of(oneTo(20)).p99());
        assertEquals(7.0, Stats.of(new double[] {7}).p99());
    }

    @Test
    void p99IsAnObservedValueAndIgnoresInputOrder() {
        double[] latencies = new double[200];
        for (int i = 0; i < 200; i++) {
            latencies[i] = i < 197 ? 10 : 1000 + i; // three slow outliers: 1197, 1198, 1199
        }
        Stats stats = Stats.of(reversed(latencies));
        assertEquals(1197.0, stats.p99()); // rank ceil(0.99 * 200) = 198: 197 tens, then 1197
        assertEquals(10.0, stats.median());
        assertEquals(1199.0, stats.max());
    }

    @Test
    void otherPercentilesUseTheSameRanks() {
        Stats stats = Stats.of(oneTo(1000));
        assertEquals(500.0, stats.percentile(50));
        assertEquals(999.0, stats.percentile(99.9));
        assertEquals(1000.0, stats.percentile(100));
        assertEquals(1.0, stats.percentile(0.1));
    }

    @Test
    void theInputIsNotModified() {
        double[] values = {3, 1, 2};
        Stats.of(values);
        assertEquals(3.0, values[0]);
    }

    @Test
    void noValuesMeansNoPercentiles() {
        Stats empty = Stats.of(new double[0]);
        assertTrue(empty.isEmpty());
        assertThrows(IllegalStateException.class, empty::median);
        assertThrows(IllegalStateException.class, empty::p99);
        assertThrows(IllegalArgumentException.class, () -> Stats.of(oneTo(3)).percentile(0));
    }

    private static double[] reversed(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[values.length - 1 - i];
        }
        return out;
    }
}
