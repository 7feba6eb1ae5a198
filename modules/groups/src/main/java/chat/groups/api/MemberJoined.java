package chat.groups.api;

import java.util.List;

import chat.platform.events.Event;

/**
 * Users joined a group (created it, were added, used an invite or a nearby room).
 * Fired inside the transaction of the change: an observer's writes commit or roll back with it.
 * (The SYSTEM message that records it travels separately, on the durable group-facts queue.)
 */
public record MemberJoined(String groupId, List<String> userIds, String byUserId) implements Event {

    public MemberJoined {
        userIds = List.copyOf(userIds);
    }
}
