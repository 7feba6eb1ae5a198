package chat.groups.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;

/** The role the owner gives a member; {@code ChangeRole} reads it and refuses anything but these two. */
@Schema(name = "RoleChange")
public record RoleChange(
        @NotNull @Schema(required = true, enumeration = {"ADMIN", "MEMBER"},
                description = "OWNER changes only by a transfer", example = "ADMIN")
        String role) {
}
