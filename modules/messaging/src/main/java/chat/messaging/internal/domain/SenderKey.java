package chat.messaging.internal.domain;

/** What makes a send unique: its sender's {@code clientMsgId}, whichever conversation it went to. */
public record SenderKey(String senderId, String clientMsgId) {

    public static SenderKey of(Message message) {
        return new SenderKey(message.senderId(), message.clientMsgId());
    }
}
