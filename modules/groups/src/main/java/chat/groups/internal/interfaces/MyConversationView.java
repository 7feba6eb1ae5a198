package chat.groups.internal.interfaces;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.groups.api.LastMessage;
import chat.groups.api.Role;
import chat.groups.internal.domain.Conversation;
import chat.groups.internal.domain.MyConversation;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * One conversation of the caller's list: as {@link MyGroupView}, with their do-not-disturb setting,
 * the last message's seq (to show unread state without a pull), the newest message for the preview and,
 * for a direct chat, the other person.
 */
@Schema(name = "MyConversation")
@JsonbPropertyOrder({"id", "kind", "name", "ownerId", "memberCount", "maxMembers", "announcement", "allMuted", "role",
        "mutedUntil", "doNotDisturb", "lastSeq", "lastMessage", "peerId"})
public record MyConversationView(
        @Schema(required = true) String id,
        @Schema(required = true) Conversation.Kind kind,
        @Schema(required = true, nullable = true, description = "Null for a direct chat") String name,
        @Schema(required = true, nullable = true, description = "Null for a direct chat") String ownerId,
        @Schema(required = true) int memberCount,
        @Schema(required = true) int maxMembers,
        @Schema(required = true, description = "Empty when none is set") String announcement,
        @Schema(required = true) boolean allMuted,
        @Schema(required = true, description = "The caller's role") Role role,
        @Schema(required = true, nullable = true, description = "When the caller's mute ends; null when they are not muted")
        Instant mutedUntil,
        @Schema(required = true, description = "The caller gets no offline push from this conversation") boolean doNotDisturb,
        @Schema(required = true, description = "The seq of the last message; 0 before the first") long lastSeq,
        @Schema(required = true, nullable = true, description = "The newest message the caller has not deleted for "
                + "themselves, for the list's preview; null when there is none") LastMessageView lastMessage,
        @JsonbNillable(false) @Schema(description = "The other person of a direct chat; absent for a group") String peerId) {

    static MyConversationView of(MyConversation mine, long lastSeq, LastMessage lastMessage, Instant now) {
        Conversation c = mine.conversation();
        return new MyConversationView(c.id(), c.kind(), c.name(), c.ownerId(), c.memberCount(), c.maxMembers(),
                c.announcement(), c.allMuted(), mine.member().role(), mine.member().muteEndAt(now),
                mine.member().doNotDisturb(), lastSeq, LastMessageView.of(lastMessage), mine.peerId());
    }
}
