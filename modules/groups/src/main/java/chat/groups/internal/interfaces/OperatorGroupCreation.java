package chat.groups.internal.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.groups.internal.application.Members;
import chat.groups.internal.domain.GroupRules;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.NotNull;

/** A new group by the operator (a company department): its owner and members are anyone, contacts or not. */
@Schema(name = "OperatorGroupCreation")
public record OperatorGroupCreation(
        @NotNull @Schema(required = true, minLength = 1, maxLength = GroupRules.MAX_NAME,
                description = "1 to " + GroupRules.MAX_NAME + " characters, not blank; stored trimmed", example = "Finance")
        String name,
        @NotNull @Schema(required = true, description = "An existing user, who becomes the OWNER",
                example = "9b2f6a56-1c55-4bde-8a40-7f9f1d6f3a21") String ownerId,
        @JsonbTypeDeserializer(OptionalIds.class)
        @Schema(maxItems = Members.MAX_PER_CALL, description = "Existing users to add; none when absent, but not null",
                example = "[\"3f0c1d2e-8a7b-4c6d-9e5f-1a2b3c4d5e6f\"]")
        List<String> memberIds,
        @Schema(minimum = "2", nullable = true, description = "The cap on members: " + GroupRules.DEFAULT_CAP
                + " when absent, at most the server's limit (chat.groups.max-members-limit, 1,000,000 by default)",
                example = "5000")
        Long maxMembers) {

    /** The members named: none when the field was absent; an explicit null is refused. */
    List<String> others() {
        return OptionalIds.orNone("memberIds", memberIds);
    }
}
