package chat.groups.api;

import chat.platform.events.Event;

/**
 * A group's name, announcement or all-mute changed.
 * Fired after the change commits; membership changes are meant to become SYSTEM messages
 * in the conversation once messaging observes them.
 */
public record GroupUpdated(String groupId, String name, String announcement, boolean allMuted, String byUserId) implements Event {
}
