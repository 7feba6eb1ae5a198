package chat.messaging.internal.application;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import chat.identity.api.UserDirectory;
import chat.identity.api.UserSummary;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageRepository;
import chat.messaging.internal.domain.MessageType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;

/**
 * Turns a membership fact from the groups module (joined, left, kicked, renamed, announcement)
 * into a SYSTEM message in the conversation, once: a redelivered fact finds the message it made.
 */
@ApplicationScoped
public class RecordSystemMessage {

    private static final int NAMES_SHOWN = 10;

    @Inject
    MessageRepository messages;

    @Inject
    MessageEvents events;

    @Inject
    UserDirectory users;

    @Inject
    RecentMessages recent;

    @Transactional
    public void record(String factJson) {
        JsonObject fact = Json.createReader(new StringReader(factJson)).readObject();
        String groupId = fact.getString("groupId");
        String by = fact.getString("byUserId");
        String clientMsgId = "system:" + fact.getString("factId");
        if (messages.bySenderAndClientId(by, clientMsgId).isPresent()) {
            return;
        }
        String text = describe(fact, by);
        long seq = messages.lockCounter(groupId) + 1;
        Message message = new Message(groupId, seq, by, clientMsgId, MessageType.SYSTEM, text, null, Instant.now(), false);
        messages.append(message);
        events.stored(message);
        recent.appendAfterCommit(message);
    }

    private String describe(JsonObject fact, String by) {
        List<String> people = new ArrayList<>(List.of(by));
        if (fact.containsKey("userIds")) {
            fact.getJsonArray("userIds").getValuesAs(JsonString.class).forEach(s -> people.add(s.getString()));
        }
        if (fact.containsKey("userId")) {
            people.add(fact.getString("userId"));
        }
        Map<String, UserSummary> names = users.find(people);
        String actor = name(names, by);
        return switch (fact.getString("event")) {
            case "member.joined" -> people.size() == 2 && people.get(1).equals(by) ? actor + " joined the group"
                    : actor + " added " + list(names, people.subList(1, people.size()));
            case "member.left" -> fact.getBoolean("kicked") ? actor + " removed " + name(names, fact.getString("userId"))
                    : actor + " left the group";
            case "group.renamed" -> actor + " renamed the group to \"" + fact.getString("name") + "\"";
            case "group.announcement" -> actor + " posted an announcement: " + fact.getString("announcement");
            default -> throw new IllegalArgumentException("unknown group fact " + fact.getString("event"));
        };
    }

    private static String list(Map<String, UserSummary> names, List<String> ids) {
        List<String> shown = ids.stream().limit(NAMES_SHOWN).map(id -> name(names, id)).toList();
        String joined = String.join(", ", shown);
        return ids.size() > NAMES_SHOWN ? joined + " and " + (ids.size() - NAMES_SHOWN) + " more" : joined;
    }

    private static String name(Map<String, UserSummary> names, String id) {
        UserSummary user = names.get(id);
        return user == null ? "someone" : user.nickname();
    }
}
