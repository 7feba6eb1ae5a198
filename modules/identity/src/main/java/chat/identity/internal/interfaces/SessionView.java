package chat.identity.internal.interfaces;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.identity.internal.application.LogIn;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A token for one device of a user; it works until it expires or is logged out. */
@Schema(name = "Session")
@JsonbPropertyOrder({"token", "userId", "deviceId", "expiresAt"})
public record SessionView(
        @Schema(required = true, description = "A JWT to send as Authorization: Bearer <token>") String token,
        @Schema(required = true) String userId,
        @Schema(required = true, example = "phone-1") String deviceId,
        @Schema(required = true) Instant expiresAt) {

    static SessionView of(LogIn.Session session) {
        return new SessionView(session.token().token(), session.userId(), session.deviceId(), session.token().expiresAt());
    }
}
