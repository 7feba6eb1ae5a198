package chat.nearby.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import chat.platform.errors.RateLimitedException;

class RoomEntryLimitTest {

    private final NearbyFixture fixture = new NearbyFixture();
    private final RoomEntryLimit limit = fixture.limit;

    @Test
    void tenEntriesAMinuteAreAllowed() {
        for (int i = 0; i < 10; i++) {
            limit.acquire("ann");
        }
    }

    @Test
    void theEleventhEntryInAMinuteIsRateLimited() {
        for (int i = 0; i < 10; i++) {
            limit.acquire("ann");
        }
        var refused = assertThrows(RateLimitedException.class, () -> limit.acquire("ann"));
        assertEquals("RATE_LIMITED", refused.code());
        assertEquals("at most 10 face-to-face room joins and entries a minute", refused.getMessage());
    }

    @Test
    void eachPersonIsCountedApart() {
        for (int i = 0; i < 10; i++) {
            limit.acquire("ann");
        }
        limit.acquire("bob");
    }
}
