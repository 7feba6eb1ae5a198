package chat.nearby.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.identity.api.UserSummary;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A person in a face-to-face room, as the others see them before they share a group. */
@Schema(name = "NearbyRoomMember")
@JsonbPropertyOrder({"userId", "nickname", "avatarUrl"})
public record NearbyMemberView(
        @Schema(required = true) String userId,
        @Schema(required = true, example = "Ann") String nickname,
        @Schema(required = true, nullable = true) String avatarUrl) {

    static NearbyMemberView of(UserSummary user) {
        return new NearbyMemberView(user.id(), user.nickname(), user.avatarUrl());
    }
}
