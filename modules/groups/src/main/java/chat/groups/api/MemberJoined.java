package chat.groups.api;

import java.util.List;

import chat.platform.events.Event;

/**
 * Users joined a group (created it, were added, used an invite or a nearby room).
 * Fired after the change commits; membership changes are meant to become SYSTEM messages
 * in the conversation once messaging observes them.
 */
public record MemberJoined(String groupId, List<String> userIds, String byUserId) implements Event {

    public MemberJoined {
        userIds = List.copyOf(userIds);
    }
}
