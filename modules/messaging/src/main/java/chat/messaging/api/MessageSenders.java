package chat.messaging.api;

import java.util.Optional;

/** Who sent a message, for modules that answer questions about one (read receipts ask it). */
public interface MessageSenders {

    /** The sender of the message at seq; empty when there is none or it was recalled. */
    Optional<String> senderOf(String groupId, long seq);
}
