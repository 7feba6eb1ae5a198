package chat.groups.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;

/** The contact the caller wants a direct chat with. */
@Schema(name = "DirectChatRequest")
public record DirectChatRequest(
        @NotNull @Schema(required = true, description = "One of the caller's contacts, not the caller",
                example = "9b2f6a56-1c55-4bde-8a40-7f9f1d6f3a21") String userId) {
}
