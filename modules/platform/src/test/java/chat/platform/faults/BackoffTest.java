package chat.platform.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(4));

    @Test
    void onlyTheFirstFailureOfAStreakIsTheOneToLog() {
        assertTrue(backoff.failed());
        assertFalse(backoff.failed());
        assertFalse(backoff.failed());
        assertTrue(backoff.succeeded().isPresent());
        assertTrue(backoff.failed(), "a new streak after a success");
    }

    @Test
    void theWaitDoublesUpToItsMost() {
        backoff.failed();
        assertEquals(Duration.ofSeconds(1), backoff.step());
        assertFalse(backoff.ready());
        backoff.failed();
        assertEquals(Duration.ofSeconds(2), backoff.step());
        backoff.failed();
        backoff.failed();
        backoff.failed();
        assertEquals(Duration.ofSeconds(4), backoff.step());
        assertTrue(backoff.delay().compareTo(backoff.step()) <= 0, "what is left never exceeds the step");
    }

    @Test
    void aSuccessEndsTheWait() {
        backoff.failed();
        backoff.succeeded();
        assertTrue(backoff.ready());
        assertEquals(Duration.ZERO, backoff.delay());
        assertEquals(Duration.ZERO, backoff.step());
        assertTrue(backoff.succeeded().isEmpty(), "nothing to end twice");
    }
}
