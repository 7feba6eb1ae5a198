package chat.unread.internal.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import chat.unread.internal.domain.MentionMark;
import chat.unread.internal.domain.MentionMarks;

/** Mention marks in memory, each moving forward only, as the store keeps them. */
final class RecordedMentions implements MentionMarks {

    private final Map<String, Map<String, Long>> byUser = new HashMap<>();
    int writes;

    @Override
    public void mark(Collection<MentionMark> marks) {
        writes++;
        marks.forEach(m -> byUser.computeIfAbsent(m.userId(), u -> new HashMap<>())
                .merge(m.conversationId(), m.seq(), Math::max));
    }

    @Override
    public Map<String, Long> newestOf(String userId, Collection<String> conversationIds) {
        Map<String, Long> newest = new HashMap<>();
        for (String user : new String[] {userId, MentionMark.EVERYONE}) {
            byUser.getOrDefault(user, Map.of()).forEach((conversation, seq) -> {
                if (conversationIds.contains(conversation)) {
                    newest.merge(conversation, seq, Math::max);
                }
            });
        }
        return newest;
    }

    @Override
    public void forget(String conversationId, String userId) {
        byUser.getOrDefault(userId, new HashMap<>()).remove(conversationId);
    }

    @Override
    public void removeConversation(String conversationId) {
        byUser.values().forEach(marks -> marks.remove(conversationId));
    }
}
