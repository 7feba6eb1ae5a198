package chat.groups.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.groups.internal.domain.GroupRules;

/** What the owner or an admin changes in a group: a field that is absent or null stays as it is. */
@Schema(name = "GroupChange")
public record GroupChange(
        @Schema(minLength = 1, maxLength = GroupRules.MAX_NAME, nullable = true,
                description = "1 to " + GroupRules.MAX_NAME + " characters, not blank; stored trimmed", example = "Design team")
        String name,
        @Schema(maxLength = GroupRules.MAX_ANNOUNCEMENT, nullable = true,
                description = "At most " + GroupRules.MAX_ANNOUNCEMENT + " characters; empty removes it",
                example = "Stand-up moves to 10:00")
        String announcement,
        @Schema(nullable = true, description = "While true only the owner and admins may post", example = "false") Boolean allMuted) {
}
