package chat.messaging.api;

import java.time.Instant;

import chat.platform.events.Event;

/** A message stored in a conversation at {@code seq}: one of the {@link MessagesStored} of its transaction. */
public record MessageStored(String groupId, long seq, String senderId, String type, Instant at) implements Event {
}
