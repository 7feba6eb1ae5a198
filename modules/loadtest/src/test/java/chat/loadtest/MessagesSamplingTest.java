package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessagesSamplingTest {

    @Test
    void everyMemberWhileThePointsFit() {
        var sampling = MessagesReport.Sampling.of(500, 1_000, 2_000_000);
        assertEquals(1, sampling.stride());
        assertTrue(sampling.sampled(499));
        assertEquals("all 500 members", sampling.describe(500));
    }

    @Test
    void everyKthMemberBeyond() {
        var sampling = MessagesReport.Sampling.of(10_000, 1_000, 2_000_000); // 10 million points
        assertEquals(5, sampling.stride());
        assertTrue(sampling.sampled(0));
        assertFalse(sampling.sampled(4));
        assertTrue(sampling.sampled(5));
        assertTrue(sampling.describe(10_000).startsWith("sampled: every 5-th member, 2000 of 10000"));
        assertEquals(2, MessagesReport.Sampling.of(3, 3, 5).stride()); // 9 points over 5: round up
    }

    @Test
    void longSamplesGrow() {
        LongSamples samples = new LongSamples();
        for (long i = 0; i < 100; i++) {
            samples.add(i);
        }
        assertEquals(100, samples.size());
        assertEquals(99, samples.toArray()[99]);
        assertArrayEquals(new long[0], new LongSamples().toArray());
    }
}
