package chat.moderation.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.moderation.internal.domain.ContentHit;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A text the content policy refused or masked. */
@Schema(name = "ContentHit")
@JsonbPropertyOrder({"id", "at", "userId", "groupId", "field", "action", "word", "serviceReason", "text"})
public record ContentHitView(
        @Schema(required = true) long id,
        @Schema(required = true, description = "When (ISO-8601)") String at,
        @Schema(required = true, description = "Who wrote it (for a refused sign-up, the id the account would have had)")
        String userId,
        @Schema(required = true, nullable = true, description = "The conversation it was going to; null for a nickname")
        String groupId,
        @Schema(required = true, description = "What was written", enumeration = {"MESSAGE", "REDPACK_GREETING",
                "GROUP_NAME", "GROUP_ANNOUNCEMENT", "NICKNAME"}) String field,
        @Schema(required = true, enumeration = {"BLOCK", "MASK"}) String action,
        @Schema(required = true, nullable = true, description = "The listed word found; null when the company's "
                + "moderation service decided") String word,
        @Schema(required = true, nullable = true, description = "The moderation service's reason (or why it gave "
                + "none in time); null when a listed word decided") String serviceReason,
        @Schema(required = true, nullable = true, description = "The text as written, only when "
                + "CHAT_MODERATION_RECORD_TEXT is on") String text) {

    static ContentHitView of(ContentHit hit) {
        return new ContentHitView(hit.id(), hit.at().toString(), hit.userId(), hit.conversationId(), hit.place().name(),
                hit.action().name(), hit.word(), hit.serviceReason(), hit.text());
    }
}
