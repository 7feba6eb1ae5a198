package chat.groups.internal.interfaces;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.groups.internal.application.Invites;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A join link's code: anyone logged in joins with {@code POST /invites/{code}/accept} until it expires. */
@Schema(name = "GroupInvite")
@JsonbPropertyOrder({"code", "groupId", "expiresAt"})
public record InviteView(
        @Schema(required = true, example = "K7QM2XWP9A") String code,
        @Schema(required = true) String groupId,
        @Schema(required = true) Instant expiresAt) {

    static InviteView of(Invites.Invite invite) {
        return new InviteView(invite.code(), invite.groupId(), invite.expiresAt());
    }
}
