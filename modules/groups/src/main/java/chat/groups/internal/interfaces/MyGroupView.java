package chat.groups.internal.interfaces;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.groups.api.Role;
import chat.groups.internal.domain.Conversation;
import chat.groups.internal.domain.Member;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A conversation as one of its members sees it: the group, their role and, while they are muted, when that ends. */
@Schema(name = "MyGroup")
@JsonbPropertyOrder({"id", "kind", "name", "ownerId", "memberCount", "maxMembers", "announcement", "allMuted", "role",
        "mutedUntil"})
public record MyGroupView(
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
        Instant mutedUntil) {

    /** The mute shown is the one in force at {@code now}: one that ended is null. */
    static MyGroupView of(Conversation c, Member caller, Instant now) {
        return new MyGroupView(c.id(), c.kind(), c.name(), c.ownerId(), c.memberCount(), c.maxMembers(), c.announcement(),
                c.allMuted(), caller.role(), caller.muteEndAt(now));
    }
}
