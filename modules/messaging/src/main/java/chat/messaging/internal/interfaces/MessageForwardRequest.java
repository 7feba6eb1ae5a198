package chat.messaging.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.messaging.internal.application.SendMessage;

/** The message a forward copies: one the caller may read. */
@Schema(name = "ForwardFrom")
public record MessageForwardRequest(
        @Schema(required = true, description = "The conversation of the message forwarded (one of the caller's)")
        String groupId,
        @Schema(required = true, minimum = "1", description = "Its seq") Long seq) {

    SendMessage.ForwardFrom toDomain() {
        return new SendMessage.ForwardFrom(groupId, seq);
    }
}
