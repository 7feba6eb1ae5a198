package chat.messaging.api;

/**
 * Puts a {@code REDPACK} message in a conversation, in the caller's transaction (the red-packet
 * module's send, so the packet and its message commit together). Its text is the greeting and its
 * {@code redpack} field names the packet.
 */
public interface RedPackAnnouncements {

    /** Stores the message (once per packet: a repeat answers the first) and answers its seq. */
    long announce(String groupId, String senderId, String packetId, String greeting);
}
