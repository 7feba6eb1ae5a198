package chat.messaging.internal.application;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.ReactionRepository;
import chat.messaging.internal.domain.Reactions;

/** Reactions as "groupId seq userId emoji" lines; the counts live in the stored messages, as in the database. */
class InMemoryReactions implements ReactionRepository {

    final Set<String> rows = new LinkedHashSet<>();
    private final InMemoryMessages messages;

    InMemoryReactions(InMemoryMessages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<Reactions> lock(String groupId, long seq) {
        return messages.find(groupId, seq).filter(m -> !m.recalled()).map(Message::reactions);
    }

    @Override
    public boolean add(String groupId, long seq, String userId, String emoji) {
        return rows.add(groupId + " " + seq + " " + userId + " " + emoji);
    }

    @Override
    public boolean remove(String groupId, long seq, String userId, String emoji) {
        return rows.remove(groupId + " " + seq + " " + userId + " " + emoji);
    }

    @Override
    public void store(String groupId, long seq, Reactions reactions) {
        Message m = messages.find(groupId, seq).orElseThrow();
        messages.stored.set(messages.stored.indexOf(m), m.withReactions(reactions));
    }

    @Override
    public Map<Long, Set<String>> mine(String groupId, Collection<Long> seqs, String userId) {
        return rows.stream().map(row -> row.split(" "))
                .filter(r -> r[0].equals(groupId) && r[2].equals(userId) && seqs.contains(Long.valueOf(r[1])))
                .collect(Collectors.groupingBy(r -> Long.valueOf(r[1]), Collectors.mapping(r -> r[3], Collectors.toSet())));
    }

    @Override
    public void removeAll(String groupId, long seq) {
        rows.removeIf(row -> row.startsWith(groupId + " " + seq + " "));
    }
}
