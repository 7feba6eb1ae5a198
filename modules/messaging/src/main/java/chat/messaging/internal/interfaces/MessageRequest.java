package chat.messaging.internal.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.messaging.internal.application.SendMessage;
import chat.messaging.internal.domain.Mentions;
import chat.messaging.internal.domain.MessageRules;
import jakarta.validation.constraints.NotNull;

/**
 * A member's message to a conversation. The rules on each field are the domain's
 * ({@code MessageRules}, the media module's attach) and are checked there, for REST and WebSocket alike.
 */
@Schema(name = "MessageRequest")
public record MessageRequest(
        @NotNull @Schema(required = true, minLength = 1, maxLength = MessageRules.MAX_CLIENT_MSG_ID,
                description = "The client's own id for this message: sending it again (after a lost answer) gives the "
                        + "stored message instead of a second one", example = "c-7f3a2b")
        String clientMsgId,
        @NotNull @Schema(required = true, enumeration = {"TEXT", "IMAGE", "AUDIO", "VIDEO"},
                description = "REDPACK and SYSTEM messages come from the server, never from a client", example = "TEXT")
        String type,
        @Schema(maxLength = MessageRules.MAX_TEXT, nullable = true,
                description = "Required for TEXT, not blank, up to 10,000 characters; ignored for media", example = "Hello!")
        String text,
        @Schema(nullable = true, description = "Required for IMAGE, AUDIO and VIDEO: the id of a file the caller "
                + "uploaded (POST /api/v1/media) of that kind", example = "4b1e0c52-34d4-4f3e-9a49-6f1e4a2b9c11")
        String mediaId,
        @Schema(nullable = true, maxItems = Mentions.MAX_USERS, description = "Members this message calls on (@name): "
                + "each hears of it through doNotDisturb, and it shows as mentioned in their unread list until read",
                example = "[\"9b2f6a56-1c55-4bde-8a40-7f9f1d6f3a21\"]")
        List<String> mentions,
        @Schema(nullable = true, description = "Calls on every member (@all); owners and admins only, else 403 FORBIDDEN",
                defaultValue = "false")
        Boolean mentionAll,
        @Schema(nullable = true, minimum = "1", description = "The seq of the message this one answers, in the same "
                + "conversation (else 400): the message carries it quoted", example = "41")
        Long replyTo,
        @Schema(nullable = true, description = "Forwards a message the caller may read (a text or a file, not a red "
                + "packet or a system message): the new message copies its type (type must name it), text and media, "
                + "and carries forwarded: true. Send no text, mediaId, mentions or replyTo with it.")
        MessageForwardRequest forwardFrom) {

    SendMessage.ForwardFrom forward() {
        return forwardFrom == null ? null : forwardFrom.toDomain();
    }
}
