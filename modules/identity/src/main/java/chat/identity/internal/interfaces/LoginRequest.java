package chat.identity.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;

/** Credentials, and the device the token is for (a new one when {@code deviceId} is absent). */
@Schema(name = "Login")
public record LoginRequest(
        @NotNull @Schema(required = true, example = "ann.lee") String username,
        @NotNull @Schema(required = true, example = "correct horse battery") String password,
        @Schema(maxLength = 64, pattern = "^[A-Za-z0-9_-]{1,64}$", nullable = true,
                description = "The device to log in on; the server names a new one when absent", example = "phone-1")
        String deviceId,
        @Schema(maxLength = 64, nullable = true, example = "Ann's phone") String deviceName) {
}
