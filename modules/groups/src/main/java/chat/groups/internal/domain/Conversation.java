package chat.groups.internal.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A group or a direct chat as stored.
 *
 * @param name    null for a direct chat (clients show the other person)
 * @param ownerId null for a direct chat
 */
public record Conversation(String id, Kind kind, String name, String ownerId, String announcement, boolean allMuted,
                           int maxMembers, int memberCount) {

    @Schema(name = "ConversationKind")
    public enum Kind { GROUP, DIRECT }

    public boolean isDirect() {
        return kind == Kind.DIRECT;
    }

    /** Events reach every member up to this size; in larger groups only those concerned and the managers. */
    public static final int BROADCAST_LIMIT = 500;

    public boolean broadcastsToEveryone() {
        return memberCount <= BROADCAST_LIMIT;
    }
}
