package chat.messaging.api;

import java.time.Instant;

import chat.platform.events.Event;

/** A message was stored in a conversation at {@code seq}; fired after the transaction commits. */
public record MessageStored(String groupId, long seq, String senderId, String type, Instant at) implements Event {
}
