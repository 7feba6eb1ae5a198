package chat.unread.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;

/** How far the caller has read a conversation; the rules ({@code ReadCursor}) are the domain's, for REST and WebSocket alike. */
@Schema(name = "ReadRequest")
public record ReadRequest(
        @NotNull @Schema(required = true, minimum = "0", description = "The last seq read: 0 or more; one past the "
                + "conversation's last message is clamped to the last, and the cursor never moves back",
                example = "42")
        Long seq) {
}
