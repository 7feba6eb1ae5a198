package chat.groups.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.groups.internal.domain.GroupRules;
import jakarta.validation.constraints.NotNull;

/** How long a member stays muted; {@link GroupRules#muteMinutes} holds the bounds. */
@Schema(name = "MuteRequest")
public record MuteRequest(
        @NotNull @Schema(required = true, minimum = "1", maximum = "" + GroupRules.MAX_MUTE_MINUTES,
                description = "Minutes from now, 1 to " + GroupRules.MAX_MUTE_MINUTES + " (30 days)", example = "60")
        Long minutes) {
}
