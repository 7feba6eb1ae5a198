package chat.identity.api;

import java.time.Instant;

import chat.platform.events.Event;

/** A user came online (first live device) or went offline (last one gone). */
public record PresenceChanged(String userId, boolean online, Instant at) implements Event {
}
