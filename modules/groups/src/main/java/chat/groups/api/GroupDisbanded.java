package chat.groups.api;

import chat.platform.events.Event;

/**
 * The owner disbanded a group; nobody can read or post in it any more.
 * Fired after the change commits; membership changes are meant to become SYSTEM messages
 * in the conversation once messaging observes them.
 */
public record GroupDisbanded(String groupId, String byUserId) implements Event {
}
