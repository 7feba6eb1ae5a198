package chat.groups.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;

/** The member the owner hands the group to. */
@Schema(name = "OwnershipTransfer")
public record OwnershipTransfer(
        @NotNull @Schema(required = true, description = "A member of the group other than the owner") String userId) {
}
