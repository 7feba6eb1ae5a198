package chat.messaging.internal.domain;

import java.time.Instant;

/**
 * One stored message. A recalled message keeps its place (seq) with its content gone.
 *
 * @param text    null for media and recalled messages; a red packet's greeting
 * @param attachmentId what the message carries: a media id (image, audio, video) or a red packet id (REDPACK); else null
 * @param mentions whom it calls on; {@link Mentions#NONE} for most, and once recalled
 * @param replyTo  the message it answers, quoted; null when it answers none, and once recalled
 * @param reactions how many members reacted with each emoji; {@link Reactions#NONE} for most, and once recalled
 * @param forwarded whether a member forwarded it from another message (whose type, text and media it copies)
 */
public record Message(String groupId, long seq, String senderId, String clientMsgId, MessageType type, String text,
                      String attachmentId, Instant sentAt, boolean recalled, Mentions mentions, Quote replyTo,
                      Reactions reactions, boolean forwarded) {

    public Message {
        mentions = mentions == null ? Mentions.NONE : mentions;
        reactions = reactions == null ? Reactions.NONE : reactions;
    }

    /** A message written, not forwarded, that nobody reacted to. */
    public Message(String groupId, long seq, String senderId, String clientMsgId, MessageType type, String text,
                   String attachmentId, Instant sentAt, boolean recalled, Mentions mentions, Quote replyTo) {
        this(groupId, seq, senderId, clientMsgId, type, text, attachmentId, sentAt, recalled, mentions, replyTo, null, false);
    }

    /** A message that answers none. */
    public Message(String groupId, long seq, String senderId, String clientMsgId, MessageType type, String text,
                   String attachmentId, Instant sentAt, boolean recalled, Mentions mentions) {
        this(groupId, seq, senderId, clientMsgId, type, text, attachmentId, sentAt, recalled, mentions, null);
    }

    /** A message that mentions nobody. */
    public Message(String groupId, long seq, String senderId, String clientMsgId, MessageType type, String text,
                   String attachmentId, Instant sentAt, boolean recalled) {
        this(groupId, seq, senderId, clientMsgId, type, text, attachmentId, sentAt, recalled, Mentions.NONE, null);
    }

    public Message withReactions(Reactions now) {
        return new Message(groupId, seq, senderId, clientMsgId, type, text, attachmentId, sentAt, recalled, mentions, replyTo,
                now, forwarded);
    }

    /** What a recall leaves: the seq, the sender, the type and the time (and whether it was a forward). */
    public Message recalledCopy() {
        return new Message(groupId, seq, senderId, clientMsgId, type, null, null, sentAt, true, Mentions.NONE, null,
                Reactions.NONE, forwarded);
    }
}
