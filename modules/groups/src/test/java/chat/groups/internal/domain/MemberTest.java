package chat.groups.internal.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import chat.groups.api.Role;

class MemberTest {

    private static final Instant NOW = Instant.parse("2026-11-25T17:00:00Z");

    private static Member mutedUntil(Instant until) {
        return new Member("g", "u", Role.MEMBER, until, false);
    }

    @Test
    void aMemberNeverMutedIsNotMuted() {
        assertFalse(mutedUntil(null).isMutedAt(NOW));
    }

    @Test
    void aMemberIsMutedUntilTheMuteEnds() {
        assertTrue(mutedUntil(NOW.plusNanos(1)).isMutedAt(NOW));
    }

    @Test
    void aMuteEndingNowIsOver() {
        assertFalse(mutedUntil(NOW).isMutedAt(NOW));
    }

    @Test
    void aMuteThatEndedIsOver() {
        assertFalse(mutedUntil(NOW.minusSeconds(60)).isMutedAt(NOW));
    }
}
