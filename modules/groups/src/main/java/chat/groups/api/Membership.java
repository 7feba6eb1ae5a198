package chat.groups.api;

import java.time.Instant;

/**
 * A user's place in a conversation, as other modules need it.
 *
 * @param mutedUntil null when not muted
 */
public record Membership(String conversationId, String userId, Role role, Instant mutedUntil,
                         boolean doNotDisturb) {
}
