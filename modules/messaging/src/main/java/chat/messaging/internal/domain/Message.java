package chat.messaging.internal.domain;

import java.time.Instant;

/**
 * One stored message. A recalled message keeps its place (seq) with its content gone.
 *
 * @param text    null for media, recalled and red-packet messages
 * @param mediaId null unless an image, audio or video message
 */
public record Message(String groupId, long seq, String senderId, String clientMsgId, MessageType type, String text,
                      String mediaId, Instant sentAt, boolean recalled) {

    public Message recalledCopy() {
        return new Message(groupId, seq, senderId, clientMsgId, type, null, null, sentAt, true);
    }
}
