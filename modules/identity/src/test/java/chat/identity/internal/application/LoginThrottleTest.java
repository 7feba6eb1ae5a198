package chat.identity.internal.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import chat.platform.errors.RateLimitedException;

class LoginThrottleTest {

    /** Failures counted in memory; the window is the real cache's business. */
    private static final class CountedFailures implements LoginFailures {
        final Map<String, Integer> counts = new HashMap<>();

        @Override
        public int recent(String key) {
            return counts.getOrDefault(key, 0);
        }

        @Override
        public void record(String key) {
            counts.merge(key, 1, Integer::sum);
        }
    }

    private final CountedFailures failures = new CountedFailures();
    private final LoginThrottle throttle = new LoginThrottle(failures, 5, 30);

    @Test
    void fiveFailuresForAUsernameLockItFromEveryAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.check("ann", "10.0.0." + i);
            throttle.failed("ann", "10.0.0." + i);
        }
        assertThrows(RateLimitedException.class, () -> throttle.check("ann", "10.9.9.9"));
        assertDoesNotThrow(() -> throttle.check("bob", "10.9.9.9"));
    }

    @Test
    void thirtyFailuresFromAnAddressLockItForEveryUsername() {
        for (int i = 0; i < 29; i++) {
            throttle.failed("random" + i, "10.1.1.1");
        }
        assertDoesNotThrow(() -> throttle.check("ann", "10.1.1.1"));
        throttle.failed("random29", "10.1.1.1");
        assertThrows(RateLimitedException.class, () -> throttle.check("ann", "10.1.1.1"));
        assertDoesNotThrow(() -> throttle.check("ann", "10.1.1.2"));
    }

    @Test
    void aUsernameThatLooksLikeAnAddressCountsApart() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("10.2.2.2", "10.3.3.3");
        }
        assertDoesNotThrow(() -> throttle.check("someone", "10.2.2.2"));
    }

    @Test
    void anUnknownAddressIsThrottledByUsernameOnly() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("random" + i, null);
        }
        assertDoesNotThrow(() -> throttle.check("ann", null));
    }
}
