package chat.identity.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;

/** Whom the caller asks to become a contact. */
@Schema(name = "ContactRequestCreation")
public record ContactRequestCreation(
        @NotNull @Schema(required = true, example = "9b2f6a56-1c55-4bde-8a40-7f9f1d6f3a21") String userId) {
}
