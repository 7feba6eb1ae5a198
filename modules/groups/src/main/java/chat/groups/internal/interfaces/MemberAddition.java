package chat.groups.internal.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.groups.internal.application.Members;
import jakarta.validation.constraints.NotNull;

/** The people to add to a group, all or none (409 GROUP_FULL adds nobody); the checks are {@link Members}'. */
@Schema(name = "MemberAddition")
public record MemberAddition(
        @NotNull @Schema(required = true, maxItems = Members.MAX_PER_CALL,
                description = "User ids; those already members are left out", example = "[\"9b2f6a56-1c55-4bde-8a40-7f9f1d6f3a21\"]")
        List<String> userIds) {
}
