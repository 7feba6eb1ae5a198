package chat.groups.internal.interfaces;

import java.time.Instant;

import chat.groups.internal.domain.Conversation;
import chat.groups.internal.domain.Member;
import chat.groups.internal.domain.MyConversation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The contract's JSON shape of a conversation. */
final class GroupJson {

    private GroupJson() {
    }

    static JsonObject of(Conversation c) {
        return builder(c).build();
    }

    /**
     * As one member sees it in their list: with their role and mute, the other person of a direct
     * chat, and lastSeq.
     */
    static JsonObject of(MyConversation mine, long lastSeq, Instant now) {
        JsonObjectBuilder json = asMember(mine.conversation(), mine.member(), now)
                .add("doNotDisturb", mine.member().doNotDisturb())
                .add("lastSeq", lastSeq);
        return (mine.peerId() == null ? json : json.add("peerId", mine.peerId())).build();
    }

    /** As one member sees it: with their role and, while they are muted, when that ends. */
    static JsonObject of(Conversation c, Member caller, Instant now) {
        return asMember(c, caller, now).build();
    }

    private static JsonObjectBuilder asMember(Conversation c, Member caller, Instant now) {
        JsonObjectBuilder json = builder(c).add("role", caller.role().name());
        Instant muteEnd = caller.muteEndAt(now);
        nullable(json, "mutedUntil", muteEnd == null ? null : muteEnd.toString());
        return json;
    }

    private static JsonObjectBuilder builder(Conversation c) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", c.id())
                .add("kind", c.kind().name());
        nullable(json, "name", c.name());
        nullable(json, "ownerId", c.ownerId());
        return json.add("memberCount", c.memberCount())
                .add("maxMembers", c.maxMembers())
                .add("announcement", c.announcement())
                .add("allMuted", c.allMuted());
    }

    private static void nullable(JsonObjectBuilder json, String field, String value) {
        if (value == null) {
            json.addNull(field);
        } else {
            json.add(field, value);
        }
    }
}
