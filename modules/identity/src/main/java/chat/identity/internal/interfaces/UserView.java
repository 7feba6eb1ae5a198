package chat.identity.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.identity.internal.domain.User;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A user as anyone may see them. */
@Schema(name = "User")
@JsonbPropertyOrder({"id", "username", "nickname", "avatarUrl"})
public record UserView(
        @Schema(required = true, example = "9b2f6a56-1c55-4bde-8a40-7f9f1d6f3a21") String id,
        @Schema(required = true, example = "ann.lee") String username,
        @Schema(required = true, example = "Ann") String nickname,
        @Schema(required = true, nullable = true) String avatarUrl) {

    static UserView of(User user) {
        return new UserView(user.id(), user.username(), user.nickname(), user.avatarUrl());
    }
}
