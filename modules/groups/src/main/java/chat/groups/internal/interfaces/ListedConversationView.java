package chat.groups.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.groups.internal.application.FindConversations;
import chat.groups.internal.domain.Conversation;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A conversation as the operator lists it. */
@Schema(name = "ListedConversation")
@JsonbPropertyOrder({"id", "kind", "name", "ownerId", "memberCount", "maxMembers", "lastSeq"})
public record ListedConversationView(
        @Schema(required = true) String id,
        @Schema(required = true) Conversation.Kind kind,
        @Schema(required = true, nullable = true, description = "Null for a direct chat") String name,
        @Schema(required = true, nullable = true, description = "Null for a direct chat") String ownerId,
        @Schema(required = true) int memberCount,
        @Schema(required = true) int maxMembers,
        @Schema(required = true, description = "The seq of its newest message; 0 before the first") long lastSeq) {

    static ListedConversationView of(FindConversations.Listed listed) {
        Conversation c = listed.conversation();
        return new ListedConversationView(c.id(), c.kind(), c.name(), c.ownerId(), c.memberCount(), c.maxMembers(),
                listed.lastSeq());
    }
}
