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
        assertTrue(backoff.delay().compareTo(Duration.ofSeconds(1)) <= 0);
        assertFalse(backoff.ready());
        backoff.failed();
        assertTrue(backoff.delay().compareTo(Duration.ofMillis(1_900)) > 0);
        backoff.failed();
        backoff.failed();
        backoff.failed();
        assertTrue(backoff.delay().compareTo(Duration.ofSeconds(4)) <= 0);
        assertTrue(backoff.delay().compareTo(Duration.ofMillis(3_900)) > 0);
    }

    @Test
    void aSuccessEndsTheWait() {
        backoff.failed();
        backoff.succeeded();
        assertTrue(backoff.ready());
        assertEquals(Duration.ZERO, backoff.delay());
        assertTrue(backoff.succeeded().isEmpty(), "nothing to end twice");
    }
}
