package chat.groups.internal.interfaces;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.groups.api.LastMessage;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A conversation's newest message as its list entry previews it (the whole message is in its history). */
@Schema(name = "LastMessage")
@JsonbPropertyOrder({"seq", "senderId", "type", "text", "sentAt", "recalled"})
public record LastMessageView(
        @Schema(required = true, minimum = "1") long seq,
        @Schema(required = true) String senderId,
        @Schema(required = true, enumeration = {"TEXT", "IMAGE", "AUDIO", "VIDEO", "REDPACK", "SYSTEM"}) String type,
        @Schema(required = true, nullable = true, maxLength = LastMessage.PREVIEW_LENGTH,
                description = "The first 100 characters of a text or a red packet's greeting; null for media and once recalled")
        String text,
        @Schema(required = true) Instant sentAt,
        @Schema(required = true, description = "Taken back by its sender or an admin") boolean recalled) {

    static LastMessageView of(LastMessage m) {
        return m == null ? null : new LastMessageView(m.seq(), m.senderId(), m.type(), m.text(), m.sentAt(), m.recalled());
    }
}
