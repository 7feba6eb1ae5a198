package chat.messaging.internal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class IndexPacingTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aQuietNodeIndexesEveryRun() {
        IndexPacing pacing = new IndexPacing(10, 1, 60 * SECOND);
        long stored = 0;
        for (int run = 0; run < 20; run++) {
            stored += 9;
            assertTrue(pacing.indexNow(stored, run * SECOND / 5), "run " + run);
        }
    }

    @Test
    void aBusyNodeWaitsButNeverLongerThanTheDelay() {
        IndexPacing pacing = new IndexPacing(10, 1, 2 * SECOND);
        List<Integer> indexed = new ArrayList<>();
        long stored = 0;
        for (int run = 0; run < 30; run++) {
            stored += 60; // 300 a second at five runs a second
            if (pacing.indexNow(stored, run * SECOND / 5)) {
                indexed.add(run);
            }
        }
        assertEquals(List.of(10, 21), indexed, "once the first run it let pass is 2 s old, then again 2 s later");
    }

    @Test
    void theBacklogIsTakenAsSoonAsTheBurstEnds() {
        IndexPacing pacing = new IndexPacing(10, 1, 60 * SECOND);
        assertTrue(pacing.indexNow(0, 0));
        assertFalse(pacing.indexNow(500, SECOND));
        assertFalse(pacing.indexNow(1_000, 2 * SECOND));
        assertTrue(pacing.indexNow(1_003, 3 * SECOND), "a quiet run indexes what waited");
        assertFalse(pacing.indexNow(1_500, 4 * SECOND), "a new burst waits afresh");
        assertTrue(pacing.indexNow(2_000, 64 * SECOND));
    }

    @Test
    void aDelayOfZeroNeverWaits() {
        IndexPacing pacing = new IndexPacing(10, 5, 0);
        assertTrue(pacing.indexNow(1_000_000, 0));
        assertTrue(pacing.indexNow(2_000_000, 1));
    }

    @Test
    void aMomentsPauseInsideABurstDoesNotEndIt() {
        IndexPacing pacing = new IndexPacing(10, 5, 60 * SECOND);
        long stored = 0;
        long at = 0;
        assertFalse(pacing.indexNow(stored += 80, at += SECOND / 5));
        for (int quiet = 1; quiet < 5; quiet++) {
            assertFalse(pacing.indexNow(stored += 2, at += SECOND / 5), "quiet run " + quiet + " of 5");
        }
        assertFalse(pacing.indexNow(stored += 80, at += SECOND / 5), "the burst goes on");
        for (int quiet = 1; quiet < 5; quiet++) {
            assertFalse(pacing.indexNow(stored, at += SECOND / 5));
        }
        assertTrue(pacing.indexNow(stored, at += SECOND / 5), "a second without sends ends the burst");
        assertTrue(pacing.indexNow(stored, at += SECOND / 5), "and a quiet node indexes every run");
    }
}
