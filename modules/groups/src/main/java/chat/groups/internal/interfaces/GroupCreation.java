package chat.groups.internal.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.groups.internal.application.Members;
import chat.groups.internal.domain.GroupRules;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.NotNull;

/** A new group by a user: its name, the caller's contacts to bring along, and its cap; the rules are {@link GroupRules}. */
@Schema(name = "GroupCreation")
public record GroupCreation(
        @NotNull @Schema(required = true, minLength = 1, maxLength = GroupRules.MAX_NAME,
                description = "1 to " + GroupRules.MAX_NAME + " characters, not blank; stored trimmed", example = "Design team")
        String name,
        @JsonbTypeDeserializer(OptionalIds.class)
        @Schema(maxItems = Members.MAX_PER_CALL, description = "The caller's contacts to add (the caller is the owner); "
                + "none when absent, but not null", example = "[\"9b2f6a56-1c55-4bde-8a40-7f9f1d6f3a21\"]")
        List<String> memberIds,
        @Schema(minimum = "2", nullable = true, description = "The cap on members: " + GroupRules.DEFAULT_CAP
                + " when absent, at most the server's limit (chat.groups.max-members-limit, 1,000,000 by default)",
                example = "500")
        Long maxMembers) {

    /** The members named: none when the field was absent; an explicit null is refused. */
    List<String> others() {
        return OptionalIds.orNone("memberIds", memberIds);
    }
}
