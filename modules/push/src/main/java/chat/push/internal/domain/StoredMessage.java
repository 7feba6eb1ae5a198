package chat.push.internal.domain;

import java.util.List;

/**
 * A stored message as push needs it, in the form it travels on the intake queue.
 *
 * @param preview the first words of a text or a red packet's greeting; null for media, and when
 *                the operator turned previews off
 */
public record StoredMessage(String groupId, long seq, String senderId, String type, String preview,
                            List<String> mentions, boolean mentionAll) {

    public StoredMessage {
        mentions = List.copyOf(mentions);
    }

    public boolean mentions(String userId) {
        return mentionAll || mentions.contains(userId);
    }
}
