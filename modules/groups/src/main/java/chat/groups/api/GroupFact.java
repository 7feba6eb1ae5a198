package chat.groups.api;

import java.io.StringReader;
import java.util.List;

import chat.platform.faults.Undeliverable;
import chat.platform.outbox.OutboxDestination;
import chat.platform.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

/**
 * A change of a group that its history records as a SYSTEM message, sent once on the durable queue
 * {@link #QUEUE} (through the outbox, in the transaction of the change); the messaging module reads
 * it. The wire form is written and read here only ({@link #toJson()}, {@link #parse}), so a change
 * of shape breaks the build of both ends, not a consumer at run time. Version {@value #VERSION};
 * a message without a version is a version 1 message (sent before versions were written).
 */
public sealed interface GroupFact permits GroupFact.Joined, GroupFact.Left, GroupFact.Renamed, GroupFact.Announced {

    OutboxDestination QUEUE = OutboxDestination.queue("chat.group-facts");
    int VERSION = 1;

    /** Unique per fact: a redelivered fact is recognised by it and recorded once. */
    String factId();

    String groupId();

    String byUserId();

    /** Users were added to the group, or joined it (then {@code userIds} is the actor alone). */
    record Joined(String factId, String groupId, String byUserId, List<String> userIds) implements GroupFact {

        public Joined {
            userIds = List.copyOf(userIds);
        }
    }

    /** A member left ({@code kicked} false, the actor is the member) or was removed by the actor. */
    record Left(String factId, String groupId, String byUserId, String userId, boolean kicked) implements GroupFact {
    }

    record Renamed(String factId, String groupId, String byUserId, String name) implements GroupFact {
    }

    record Announced(String factId, String groupId, String byUserId, String announcement) implements GroupFact {
    }

    default String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("v", VERSION).add("factId", factId())
                .add("groupId", groupId()).add("byUserId", byUserId());
        if (this instanceof Joined joined) {
            json.add("event", "member.joined").add("userIds", Json.createArrayBuilder(joined.userIds()));
        } else if (this instanceof Left left) {
            json.add("event", "member.left").add("userId", left.userId()).add("kicked", left.kicked());
        } else if (this instanceof Renamed renamed) {
            json.add("event", "group.renamed").add("name", renamed.name());
        } else if (this instanceof Announced announced) {
            json.add("event", "group.announcement").add("announcement", announced.announcement());
        }
        return json.build().toString();
    }

    /** The fact a queue message carries; {@link Undeliverable} when it is of a version or kind this node does not know. */
    static GroupFact parse(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        int version = json.getInt("v", 1);
        if (version != VERSION) {
            throw new Undeliverable("group fact of version " + version + "; this node reads version " + VERSION);
        }
        String factId = json.getString("factId");
        String groupId = json.getString("groupId");
        String by = json.getString("byUserId");
        String event = json.getString("event");
        return switch (event) {
            case "member.joined" -> new Joined(factId, groupId, by,
                    json.getJsonArray("userIds").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
            case "member.left" -> new Left(factId, groupId, by, json.getString("userId"), json.getBoolean("kicked"));
            case "group.renamed" -> new Renamed(factId, groupId, by, json.getString("name"));
            case "group.announcement" -> new Announced(factId, groupId, by, json.getString("announcement"));
            default -> throw new Undeliverable("unknown group fact " + event);
        };
    }
}
