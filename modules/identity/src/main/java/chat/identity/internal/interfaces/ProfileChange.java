package chat.identity.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What changes in the caller's profile: a field that is absent or null stays as it is. */
@Schema(name = "ProfileChange")
public record ProfileChange(
        @Schema(minLength = 1, maxLength = 64, nullable = true, example = "Ann L.") String nickname,
        @Schema(maxLength = 512, nullable = true, description = "An http(s) URL, or a path on this server",
                example = "https://intranet.example.org/avatars/ann.png")
        String avatarUrl) {
}
