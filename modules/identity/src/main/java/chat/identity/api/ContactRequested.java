package chat.identity.api;

import chat.platform.events.Event;

/** One user asked another to be contacts; {@code status} is PENDING, or ACCEPTED once they are. */
public record ContactRequested(String requestId, String fromUserId, String toUserId, String status) implements Event {
}
