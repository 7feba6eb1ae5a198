package chat.groups.api;

import java.time.Instant;

import chat.platform.events.Event;

/**
 * A member was muted until a time, or unmuted (mutedUntil null).
 * Fired after the change commits; membership changes are meant to become SYSTEM messages
 * in the conversation once messaging observes them.
 */
public record MemberMuted(String groupId, String userId, Instant mutedUntil, String byUserId) implements Event {
}
