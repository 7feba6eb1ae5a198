package chat.groups.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.groups.internal.domain.GroupRules;

/** What the operator changes in a group: a field that is absent or null stays as it is. */
@Schema(name = "OperatorGroupChange")
public record OperatorGroupChange(
        @Schema(minLength = 1, maxLength = GroupRules.MAX_NAME, nullable = true,
                description = "1 to " + GroupRules.MAX_NAME + " characters, not blank; stored trimmed", example = "Finance")
        String name,
        @Schema(maxLength = GroupRules.MAX_ANNOUNCEMENT, nullable = true,
                description = "At most " + GroupRules.MAX_ANNOUNCEMENT + " characters; empty removes it. Members are "
                        + "told it as their owner's", example = "The office is closed on Friday")
        String announcement,
        @Schema(minimum = "2", nullable = true, description = "The cap on members: from the current member count to "
                + "the server's limit (chat.groups.max-members-limit)", example = "5000")
        Long maxMembers) {
}
