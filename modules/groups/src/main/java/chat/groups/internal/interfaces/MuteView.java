package chat.groups.internal.interfaces;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A member just muted, and when the mute ends. */
@Schema(name = "MemberMute")
@JsonbPropertyOrder({"userId", "mutedUntil"})
public record MuteView(@Schema(required = true) String userId, @Schema(required = true) Instant mutedUntil) {
}
