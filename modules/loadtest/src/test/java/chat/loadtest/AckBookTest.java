package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class AckBookTest {

    @Test
    void aboutTheAskedShareOfAcksIsDropped() {
        AckBook book = new AckBook(10);
        int dropped = 0;
        for (int i = 0; i < 100_000; i++) {
            dropped += book.drops("run-g1-c" + (i % 200) + "-" + i, 1) ? 1 : 0;
        }
        assertTrue(dropped > 9_000 && dropped < 11_000, "dropped " + dropped + " of 100000");
    }

    @Test
    void noAckIsDroppedAtZeroPercent() {
        AckBook book = new AckBook(0);
        for (int i = 0; i < 10_000; i++) {
            assertEquals(AckBook.Verdict.KEEP, book.ack("m" + i, 1, i + 1));
        }
        assertEquals(0, book.dropped());
        assertEquals(10_000, book.kept());
    }

    @Test
    void theDecisionDependsOnlyOnTheClientMsgIdAndTheAttempt() {
        AckBook one = new AckBook(10);
        AckBook other = new AckBook(10);
        for (int i = 0; i < 1_000; i++) {
            for (int attempt = 1; attempt <= 3; attempt++) {
                assertEquals(one.drops("m" + i, attempt), other.drops("m" + i, attempt));
            }
        }
    }

    @Test
    void aDroppedAckIsCountedAndItsRetryKeptWithTheSameSeq() {
        AckBook book = new AckBook(50);
        String id = firstDroppedOnItsFirstAttempt(book);
        book.sent(1);
        assertEquals(AckBook.Verdict.DROP, book.ack(id, 1, 7));
        int attempt = 2;
        while (book.drops(id, attempt)) {
            book.sent(attempt);
            assertEquals(AckBook.Verdict.DROP, book.ack(id, attempt++, 7));
        }
        book.sent(attempt);
        assertEquals(AckBook.Verdict.KEEP, book.ack(id, attempt, 7));
        assertEquals(attempt, book.sends());
        assertEquals(attempt - 1, book.retries());
        assertEquals(attempt - 1, book.dropped());
        assertEquals(1, book.kept());
        assertEquals(0, book.seqDisagreements());
        assertEquals(Map.of(id, 7L), book.ackedSeqs());
    }

    @Test
    void aRetryAcknowledgedWithAnotherSeqIsADisagreement() {
        AckBook book = new AckBook(0);
        book.ack("m", 1, 7);
        book.ack("m", 2, 8);
        assertEquals(1, book.seqDisagreements());
        assertEquals(Map.of("m", 7L), book.ackedSeqs(), "the first ack's seq is the one checked against the history");
    }

    @Test
    void errorsAndConnectFailuresAreCountedByCode() {
        AckBook book = new AckBook(0);
        book.error("UNAVAILABLE");
        book.error("NO_ANSWER");
        book.error("UNAVAILABLE");
        book.connectError("HTTP 503");
        assertEquals("NO_ANSWER 1, UNAVAILABLE 2", book.errorSummary());
        assertEquals("HTTP 503 1", book.connectErrorSummary());
        assertEquals("0", new AckBook(0).errorSummary());
    }

    @Test
    void lateAnswersAreCountedApartFromTheAnswersWaitedFor() {
        AckBook book = new AckBook(0);
        book.lateAnswer("ack");
        book.lateAnswer("UNAVAILABLE");
        book.lateAnswer("ack");
        assertEquals("UNAVAILABLE 1, ack 2", book.lateAnswerSummary());
        assertEquals("0", book.errorSummary());
        assertEquals(0, book.acks());
    }

    @Test
    void aShareOfAHundredOrMoreIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AckBook(100));
        assertThrows(IllegalArgumentException.class, () -> new AckBook(-1));
    }

    private static String firstDroppedOnItsFirstAttempt(AckBook book) {
        for (int i = 0; ; i++) {
            if (book.drops("m" + i, 1)) {
                return "m" + i;
            }
        }
    }
}
