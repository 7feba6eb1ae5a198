package chat.messaging.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.messaging.internal.domain.MessageRules;
import jakarta.validation.constraints.NotNull;

/**
 * A company system's message, posted as one of the conversation's members (a bot account, say);
 * the rules are a member's ({@code MessageRules}), checked by the same use case.
 */
@Schema(name = "OperatorMessageRequest")
public record OperatorMessageRequest(
        @NotNull @Schema(required = true, minLength = 1, maxLength = MessageRules.MAX_CLIENT_MSG_ID,
                description = "The system's own id for this message: posting it again gives the stored message",
                example = "hr-2026-12-05-1")
        String clientMsgId,
        @NotNull @Schema(required = true, description = "The member the message is from",
                example = "9b2f6a56-1c55-4bde-8a40-7f9f1d6f3a21")
        String senderId,
        @NotNull @Schema(required = true, enumeration = {"TEXT", "IMAGE", "AUDIO", "VIDEO"},
                description = "TEXT: a media message needs a media id, which this call does not take", example = "TEXT")
        String type,
        @Schema(maxLength = MessageRules.MAX_TEXT, nullable = true,
                description = "Required for TEXT, not blank, up to 10,000 characters", example = "The office is closed on Friday.")
        String text) {
}
