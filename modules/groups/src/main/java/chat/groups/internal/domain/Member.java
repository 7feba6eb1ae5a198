package chat.groups.internal.domain;

import java.time.Instant;

import chat.groups.api.Role;

/** One member of a conversation. */
public record Member(String conversationId, String userId, Role role, Instant mutedUntil, boolean doNotDisturb) {

    public boolean isMutedAt(Instant now) {
        return mutedUntil != null && mutedUntil.isAfter(now);
    }

    /** When the mute in force at {@code now} ends; null when none is (never muted, unmuted, or over). */
    public Instant muteEndAt(Instant now) {
        return isMutedAt(now) ? mutedUntil : null;
    }
}
