package chat.groups.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;

/** The member the owner hands the group to. */
@Schema(name = "OwnershipTransfer")
public record OwnershipTransfer(
        @NotNull @Schema(required = true, description = "A member of the group other than the owner",
                example = "3f0c1d2e-8a7b-4c6d-9e5f-1a2b3c4d5e6f") String userId) {
}
