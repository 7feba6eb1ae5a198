package chat.identity.internal.interfaces;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.identity.internal.application.PresenceQuery;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** Whether a user is online, and when they were last seen (null for someone never seen, or not the caller's to know). */
@Schema(name = "Presence")
@JsonbPropertyOrder({"userId", "online", "lastSeenAt"})
public record PresenceView(
        @Schema(required = true) String userId,
        @Schema(required = true) boolean online,
        @Schema(required = true, nullable = true) Instant lastSeenAt) {

    static PresenceView of(PresenceQuery.UserPresence presence) {
        return new PresenceView(presence.userId(), presence.online(), presence.lastSeenAt());
    }
}
