package chat.messaging.api;

import chat.platform.events.Event;

/**
 * This node learned that a conversation holds messages up to {@code seq}. Fired on every node,
 * outside any transaction, as the fan-out event of a stored message arrives (possibly a batch:
 * {@code seq} is the newest), so each node can keep its own view of the conversations' last seqs.
 */
public record ConversationAdvanced(String groupId, long seq) implements Event {
}
