package chat.groups.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;

/** The caller's own setting for one conversation. */
@Schema(name = "SettingsChange")
public record SettingsChange(
        @NotNull @Schema(required = true, description = "No offline push from this conversation while true "
                + "(a mention still reaches the caller)", example = "true") Boolean doNotDisturb) {
}
