package chat.unread.internal.application;

import java.util.List;
import java.util.Map;

import chat.groups.api.ConversationDirectory;
import chat.unread.internal.domain.CursorMoves;
import chat.unread.internal.domain.UnreadCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Every conversation of a user with its unread count: three lookups whatever the number of
 * conversations (the user's conversations, this node's last seqs, the user's cursors), and
 * arithmetic.
 */
@ApplicationScoped
public class UnreadOverview {

    @Inject
    ConversationDirectory directory;

    @Inject
    LastSeqView lastSeqs;

    @Inject
    CursorMoves cursors;

    public record Item(String groupId, UnreadCount unread) {
    }

    public record Overview(List<Item> items) {

        /** The sum of the capped counts. */
        public long total() {
            return items.stream().mapToLong(item -> item.unread().count()).sum();
        }
    }

    public Overview of(String userId) {
        List<String> ids = directory.conversationIdsOf(userId);
        Map<String, Long> last = lastSeqs.of(ids);
        Map<String, Long> read = cursors.currentOf(userId, ids);
        return new Overview(ids.stream()
                .map(id -> new Item(id, UnreadCount.of(last.getOrDefault(id, 0L), read.getOrDefault(id, 0L))))
                .toList());
    }
}
