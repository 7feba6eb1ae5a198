package chat.groups.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.groups.internal.application.Invites;

/** The optional body of a new join link: how long it works; {@link Invites} holds the bounds. */
@Schema(name = "InviteRequest")
public record InviteRequest(
        @Schema(minimum = "1", maximum = "" + Invites.MAX_TTL_HOURS, nullable = true,
                description = "Hours the link works, 1 to " + Invites.MAX_TTL_HOURS + "; " + Invites.DEFAULT_TTL_HOURS
                        + " (7 days) when absent", example = "24")
        Long ttlHours) {
}
