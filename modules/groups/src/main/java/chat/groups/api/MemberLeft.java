package chat.groups.api;

import chat.platform.events.Event;

/**
 * A member left or was removed (kicked is true when someone else removed them).
 * Fired after the change commits; membership changes are meant to become SYSTEM messages
 * in the conversation once messaging observes them.
 */
public record MemberLeft(String groupId, String userId, String byUserId, boolean kicked) implements Event {
}
