package chat.messaging.internal.interfaces;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.media.api.MediaInfo;
import chat.messaging.internal.application.MessageDetails;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageType;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A message as members see it. The WebSocket frames carry the same bytes ({@code MessageJson});
 * {@code MessageAnswersTest} holds the two together.
 */
@Schema(name = "Message")
@JsonbPropertyOrder({"groupId", "seq", "senderId", "clientMsgId", "type", "text", "media", "redpack", "mentions",
        "mentionAll", "replyTo", "reactions", "forwarded", "sentAt", "recalled"})
public record MessageView(
        @Schema(required = true, description = "The conversation (a group or a direct chat)") String groupId,
        @Schema(required = true, minimum = "1", description = "1, 2, 3... per conversation, with no gaps, in the order "
                + "the server stored the messages") long seq,
        @Schema(required = true) String senderId,
        @Schema(required = true, example = "c-7f3a2b") String clientMsgId,
        @Schema(required = true) MessageType type,
        @Schema(required = true, nullable = true, description = "A TEXT's text, a red packet's greeting; null for "
                + "media and once recalled") String text,
        @Schema(required = true, nullable = true, description = "The file of an IMAGE, AUDIO or VIDEO message, with "
                + "fresh signed links; null otherwise, once recalled, and when the file is gone") MessageMediaView media,
        @JsonbNillable(false) MessageRedPackView redpack,
        @JsonbNillable(false) @Schema(description = "The members it calls on (@name); absent when none")
        List<String> mentions,
        @JsonbNillable(false) @Schema(description = "true when it calls on every member (@all); absent otherwise")
        Boolean mentionAll,
        @JsonbNillable(false) MessageQuoteView replyTo,
        @JsonbNillable(false) @Schema(description = "Emoji members reacted with, in the order they first came, with "
                + "their counts; absent when none") List<MessageReactionView> reactions,
        @JsonbNillable(false) @Schema(description = "true on a message forwarded from another (it copies that one's "
                + "type, text and media); absent otherwise") Boolean forwarded,
        @Schema(required = true) Instant sentAt,
        @Schema(required = true, description = "Taken back by its sender or an admin: its text and media are gone")
        boolean recalled) {

    static MessageView of(MessageDetails.Detailed message) {
        return of(message.message(), message.media(), message.myReactions());
    }

    static MessageView of(Message m, MediaInfo media) {
        return of(m, media, Set.of());
    }

    static MessageView of(Message m, MediaInfo media, Set<String> myReactions) {
        return new MessageView(m.groupId(), m.seq(), m.senderId(), m.clientMsgId(), m.type(), m.text(),
                media == null ? null : MessageMediaView.of(media), MessageRedPackView.of(m),
                m.mentions().userIds().isEmpty() ? null : m.mentions().userIds(), m.mentions().all() ? Boolean.TRUE : null,
                MessageQuoteView.of(m.replyTo()), MessageReactionView.of(m.reactions(), myReactions),
                m.forwarded() ? Boolean.TRUE : null, m.sentAt(), m.recalled());
    }
}
