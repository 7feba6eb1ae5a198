package chat.groups.api;

import chat.platform.events.Event;

/**
 * A member left or was removed (kicked is true when someone else removed them).
 * Fired inside the transaction of the change: an observer's writes commit or roll back with it.
 * (The SYSTEM message that records it travels separately, on the durable group-facts queue.)
 */
public record MemberLeft(String groupId, String userId, String byUserId, boolean kicked) implements Event {
}
