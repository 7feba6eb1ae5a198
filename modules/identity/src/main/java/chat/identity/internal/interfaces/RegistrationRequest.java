package chat.identity.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;

/** A new account's fields; the rules on each are the domain's ({@code Username}, {@code Password}, ...). */
@Schema(name = "Registration")
public record RegistrationRequest(
        @NotNull @Schema(required = true, minLength = 3, maxLength = 32, pattern = "^[a-z0-9_.-]{3,32}$", example = "ann.lee")
        String username,
        @NotNull @Schema(required = true, minLength = 8, maxLength = 128, example = "correct horse battery")
        String password,
        @NotNull @Schema(required = true, minLength = 1, maxLength = 64, description = "Shown to others; 1 to 64 characters",
                example = "Ann")
        String nickname,
        @Schema(maxLength = 512, nullable = true, description = "An http(s) URL, or a path on this server",
                example = "/api/v1/media/4b1e0c52-34d4-4f3e-9a49-6f1e4a2b9c11")
        String avatarUrl) {
}
