package chat.messaging.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.messaging.internal.domain.MessageType;
import chat.messaging.internal.domain.Quote;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The message a reply answers, quoted. Messages that answer none leave the {@code replyTo} key out
 * (the record's own {@code @JsonbNillable(false)}: see {@link MessageRedPackView}).
 */
@Schema(name = "MessageQuote", description = "On a reply only (the key is absent on others): the message it answers")
@JsonbNillable(false)
@JsonbPropertyOrder({"seq", "senderId", "type", "preview"})
public record MessageQuoteView(
        @Schema(required = true, minimum = "1") long seq,
        @Schema(required = true) String senderId,
        @Schema(required = true) MessageType type,
        @Schema(required = true, maxLength = Quote.PREVIEW, description = "The first 100 characters of its text (a red "
                + "packet's greeting); empty for media, and once the original is recalled") String preview) {

    /** The quote of a reply; null for any other message (and the key is then left out). */
    static MessageQuoteView of(Quote quote) {
        return quote == null ? null : new MessageQuoteView(quote.seq(), quote.senderId(), quote.type(), quote.preview());
    }
}
