package chat.messaging.internal.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import chat.messaging.internal.domain.Message;

/**
 * The recent-message window as a test sets it up: a conversation's window holds what the test put
 * in it and, like the real one, answers a range only when it starts at or before after + 1 and
 * reaches until; "after commit" happens at once, and each call is recorded.
 */
class InMemoryRecentMessages implements RecentMessages {

    final Map<String, List<Message>> windows = new HashMap<>();
    final Map<String, Set<Long>> hidden = new HashMap<>();
    final List<String> told = new ArrayList<>();

    void hold(String groupId, List<Message> messages) {
        windows.put(groupId, new ArrayList<>(messages));
    }

    @Override
    public Optional<List<Message>> range(String groupId, long after, long until, int limit) {
        List<Message> window = windows.get(groupId);
        if (window == null || window.isEmpty() || window.get(0).seq() > after + 1
                || until > window.get(window.size() - 1).seq()) {
            return Optional.empty();
        }
        return Optional.of(window.stream().filter(m -> m.seq() > after && m.seq() <= until).limit(limit).toList());
    }

    @Override
    public void appendAfterCommit(Message message) {
        told.add("append " + message.groupId() + " " + message.seq());
    }

    @Override
    public void forgetAfterCommit(String groupId) {
        told.add("forget " + groupId);
    }

    @Override
    public Set<Long> hiddenBy(String userId, String groupId) {
        return hidden.getOrDefault(userId + "|" + groupId, Set.of());
    }

    @Override
    public void hiddenChanged(String userId, String groupId) {
        told.add("hiddenChanged " + userId + " " + groupId);
        hidden.computeIfAbsent(userId + "|" + groupId, k -> new HashSet<>());
    }
}
