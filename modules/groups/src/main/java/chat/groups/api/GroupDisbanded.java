package chat.groups.api;

import chat.platform.events.Event;

/**
 * The owner disbanded a group; nobody can read or post in it any more.
 * Fired inside the transaction of the change: an observer's writes commit or roll back with it.
 * (The SYSTEM message that records it travels separately, on the durable group-facts queue.)
 */
public record GroupDisbanded(String groupId, String byUserId) implements Event {
}
