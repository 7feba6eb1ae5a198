package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HistoryCheckTest {

    private static HistoryCheck.Stored m(long seq, String id) {
        return new HistoryCheck.Stored(seq, id);
    }

    @Test
    void aGaplessHistoryHoldingEveryAckedMessageOnceIsClean() {
        var history = List.of(m(1, null), m(2, "a"), m(3, "b"), m(4, null), m(5, "c"));
        var result = HistoryCheck.check("g", history, Map.of("a", 2L, "b", 3L, "c", 5L));
        assertTrue(result.clean(), result.toString());
        assertEquals(5, result.messages());
    }

    @Test
    void aMessageStoredTwiceIsADuplicate() {
        var history = List.of(m(1, "a"), m(2, "b"), m(3, "a"));
        var result = HistoryCheck.check("g", history, Map.of("a", 1L, "b", 2L));
        assertEquals(1, result.duplicates());
        assertFalse(result.clean());
        assertTrue(result.examples().get(0).contains("a stored again at seq 3"), result.examples().toString());
    }

    @Test
    void missingSeqsAreGapsCountedOneByOne() {
        var history = List.of(m(1, "a"), m(4, "b"), m(6, "c"));
        var result = HistoryCheck.check("g", history, Map.of());
        assertEquals(3, result.gaps());
        assertEquals(List.of("g: seqs 2..3 missing", "g: seqs 5..5 missing"), result.examples());
    }

    @Test
    void aHistoryNotStartingAtOneHasAGap() {
        assertEquals(1, HistoryCheck.check("g", List.of(m(2, "a")), Map.of()).gaps());
    }

    @Test
    void aRepeatedSeqIsFound() {
        var result = HistoryCheck.check("g", List.of(m(1, "a"), m(2, "b"), m(2, "c")), Map.of());
        assertEquals(1, result.repeatedSeqs());
        assertEquals(0, result.gaps());
    }

    @Test
    void anAcknowledgedMessageNotStoredIsMissing() {
        var result = HistoryCheck.check("g", List.of(m(1, "a")), Map.of("a", 1L, "b", 2L));
        assertEquals(1, result.missing());
        assertTrue(result.examples().get(0).contains("b acknowledged with seq 2 but not stored"));
    }

    @Test
    void anAcknowledgedMessageStoredUnderAnotherSeqIsFound() {
        var result = HistoryCheck.check("g", List.of(m(1, "b"), m(2, "a")), Map.of("a", 1L, "b", 1L));
        assertEquals(1, result.wrongSeq());
    }

    @Test
    void storedButNeverAcknowledgedIsNotAProblem() {
        // a send whose every ack was lost: the client never knew, the message is there once
        assertTrue(HistoryCheck.check("g", List.of(m(1, "a"), m(2, "b")), Map.of("a", 1L)).clean());
    }

    @Test
    void resultsAddUpAcrossGroupsKeepingAFewExamples() {
        List<HistoryCheck.Stored> gappy = new ArrayList<>();
        for (int i = 1; i <= 40; i += 2) {
            gappy.add(m(i, "x" + i));
        }
        var one = HistoryCheck.check("g1", gappy, Map.of());
        var two = HistoryCheck.check("g2", List.of(m(1, "a"), m(1, "a")), Map.of());
        var both = one.plus(two);
        assertEquals(one.gaps() + two.gaps(), both.gaps());
        assertEquals(1, both.duplicates());
        assertEquals(1, both.repeatedSeqs());
        assertEquals(HistoryCheck.MAX_EXAMPLES, both.examples().size());
        assertEquals(22, both.messages());
    }
}
