package chat.messaging.internal.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import chat.groups.api.GroupFact;
import chat.identity.api.UserDirectory;
import chat.identity.api.UserSummary;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageRepository;
import chat.messaging.internal.domain.MessageType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    public void record(GroupFact fact) {
        String clientMsgId = "system:" + fact.factId();
        if (messages.bySenderAndClientId(fact.byUserId(), clientMsgId).isPresent()) {
            return;
        }
        String text = describe(fact);
        long seq = messages.nextSeq(fact.groupId());
        Message message = new Message(fact.groupId(), seq, fact.byUserId(), clientMsgId, MessageType.SYSTEM, text, null,
                Instant.now(), false);
        messages.append(message);
        events.stored(message);
        recent.appendAfterCommit(message);
    }

    private String describe(GroupFact fact) {
        String by = fact.byUserId();
        List<String> people = new ArrayList<>(List.of(by));
        if (fact instanceof GroupFact.Joined joined) {
            people.addAll(joined.userIds());
        } else if (fact instanceof GroupFact.Left left) {
            people.add(left.userId());
        }
        Map<String, UserSummary> names = users.find(people);
        String actor = name(names, by);
        if (fact instanceof GroupFact.Joined) {
            return people.size() == 2 && people.get(1).equals(by) ? actor + " joined the group"
                    : actor + " added " + list(names, people.subList(1, people.size()));
        }
        if (fact instanceof GroupFact.Left left) {
            return left.kicked() ? actor + " removed " + name(names, left.userId()) : actor + " left the group";
        }
        if (fact instanceof GroupFact.Renamed renamed) {
            return actor + " renamed the group to \"" + renamed.name() + "\"";
        }
        return actor + " posted an announcement: " + ((GroupFact.Announced) fact).announcement();
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
