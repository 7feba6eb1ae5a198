package chat.groups.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.groups.internal.domain.Conversation;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A group or direct chat as anyone allowed to see it does: what a create, a change or a join answers. */
@Schema(name = "Group")
@JsonbPropertyOrder({"id", "kind", "name", "ownerId", "memberCount", "maxMembers", "announcement", "allMuted"})
public record GroupView(
        @Schema(required = true, example = "5f0c2b1e-8d43-4a57-9e1a-2b6c7d8e9f01") String id,
        @Schema(required = true) Conversation.Kind kind,
        @Schema(required = true, nullable = true, description = "Null for a direct chat (clients show the other person)",
                example = "Design team") String name,
        @Schema(required = true, nullable = true, description = "Null for a direct chat") String ownerId,
        @Schema(required = true, example = "12") int memberCount,
        @Schema(required = true, example = "500") int maxMembers,
        @Schema(required = true, description = "Empty when none is set") String announcement,
        @Schema(required = true, description = "Only the owner and admins may post while true") boolean allMuted) {

    static GroupView of(Conversation c) {
        return new GroupView(c.id(), c.kind(), c.name(), c.ownerId(), c.memberCount(), c.maxMembers(), c.announcement(),
                c.allMuted());
    }
}
