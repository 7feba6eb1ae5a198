package chat.groups.internal.interfaces;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.groups.api.Role;
import chat.groups.internal.domain.Member;
import chat.identity.api.UserSummary;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One member of a conversation in a page of its members. */
@Schema(name = "GroupMember")
@JsonbPropertyOrder({"userId", "role", "nickname", "mutedUntil"})
public record MemberView(
        @Schema(required = true) String userId,
        @Schema(required = true) Role role,
        @Schema(required = true, nullable = true, description = "Null when the account is gone") String nickname,
        @Schema(required = true, nullable = true, description = "The end of the member's last mute, as stored "
                + "(it may have passed); null when they were never muted or were unmuted") Instant mutedUntil) {

    /** The member, with the nickname of {@code user} (null when the directory no longer knows them). */
    static MemberView of(Member member, UserSummary user) {
        return new MemberView(member.userId(), member.role(), user == null ? null : user.nickname(), member.mutedUntil());
    }
}
