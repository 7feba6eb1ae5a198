package chat.groups.api;

import chat.platform.events.Event;

/**
 * A member's role changed (including a transfer of ownership).
 * Fired after the change commits; membership changes are meant to become SYSTEM messages
 * in the conversation once messaging observes them.
 */
public record RoleChanged(String groupId, String userId, Role role, String byUserId) implements Event {
}
