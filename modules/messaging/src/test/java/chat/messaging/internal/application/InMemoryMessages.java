package chat.messaging.internal.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageRepository;
import chat.messaging.internal.domain.SenderKey;

/** Messages in seq order per conversation, the counters and what each user hid; locks are not modelled. */
class InMemoryMessages implements MessageRepository {

    final List<Message> stored = new ArrayList<>();
    final Map<String, Long> counters = new HashMap<>();
    final Set<String> hidden = new HashSet<>();
    /** How many reads reached the database (range and before). */
    int reads;

    /** A message stored outside any use case, its counter moved along. */
    Message put(Message message) {
        append(message);
        return message;
    }

    @Override
    public Map<String, Long> takeSeqs(SortedMap<String, Integer> counts) {
        Map<String, Long> last = new HashMap<>();
        counts.forEach((groupId, count) -> last.put(groupId, counters.merge(groupId, (long) count, Long::sum)));
        return last;
    }

    @Override
    public void giveBack(String groupId, long taken, int returned) {
        counters.computeIfPresent(groupId, (id, last) -> last == taken ? taken - returned : last);
    }

    @Override
    public void append(Message message) {
        stored.add(message);
        counters.merge(message.groupId(), message.seq(), Math::max);
    }

    @Override
    public void appendAll(List<Message> messages) {
        messages.forEach(this::append);
    }

    @Override
    public List<Message> bySenderAndClientIds(Collection<SenderKey> keys) {
        return stored.stream().filter(m -> keys.contains(SenderKey.of(m))).toList();
    }

    @Override
    public Optional<Message> bySenderAndClientId(String senderId, String clientMsgId) {
        return stored.stream().filter(m -> m.senderId().equals(senderId) && m.clientMsgId().equals(clientMsgId))
                .findFirst();
    }

    @Override
    public Optional<Message> find(String groupId, long seq) {
        return stored.stream().filter(m -> m.groupId().equals(groupId) && m.seq() == seq).findFirst();
    }

    private boolean visible(Message m, String groupId, String userId) {
        return m.groupId().equals(groupId) && !hidden.contains(userId + "|" + groupId + "|" + m.seq());
    }

    @Override
    public List<Message> range(String groupId, long after, long until, int limit, String forUserId) {
        reads++;
        return stored.stream().filter(m -> visible(m, groupId, forUserId) && m.seq() > after && m.seq() <= until)
                .limit(limit).toList();
    }

    @Override
    public List<Message> before(String groupId, long before, int limit, String forUserId) {
        reads++;
        List<Message> all = stored.stream().filter(m -> visible(m, groupId, forUserId) && m.seq() < before).toList();
        return all.subList(Math.max(0, all.size() - limit), all.size());
    }

    @Override
    public List<Message> newest(String groupId, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Long> hiddenSeqs(String userId, String groupId) {
        return hidden.stream().map(h -> h.split("\\|")).filter(h -> h[0].equals(userId) && h[1].equals(groupId))
                .map(h -> Long.valueOf(h[2])).toList();
    }

    @Override
    public List<String> usersWhoHid(String groupId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void recall(String groupId, long seq) {
        Message m = find(groupId, seq).orElseThrow();
        stored.set(stored.indexOf(m), m.recalledCopy());
    }

    @Override
    public void hide(String userId, String groupId, long seq) {
        hidden.add(userId + "|" + groupId + "|" + seq);
    }

    @Override
    public Map<String, Long> lastSeqs(Collection<String> groupIds) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Message> newest(Collection<String> groupIds, String forUserId) {
        Map<String, Message> newest = new HashMap<>();
        stored.stream().filter(m -> groupIds.contains(m.groupId()))
                .filter(m -> !hidden.contains(forUserId + "|" + m.groupId() + "|" + m.seq()))
                .forEach(m -> newest.merge(m.groupId(), m, (a, b) -> a.seq() >= b.seq() ? a : b));
        return newest;
    }
}
