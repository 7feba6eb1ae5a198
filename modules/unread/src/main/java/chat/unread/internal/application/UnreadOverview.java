package chat.unread.internal.application;

import java.util.List;
import java.util.Map;

import chat.groups.api.ConversationDirectory;
import chat.unread.internal.domain.CursorMoves;
import chat.unread.internal.domain.MentionMarks;
import chat.unread.internal.domain.UnreadCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Every conversation of a user with its unread count and whether an unread message mentions them:
 * four lookups whatever the number of conversations (the user's conversations, this node's last
 * seqs, the user's cursors, their newest mentions), and arithmetic.
 */
@ApplicationScoped
public class UnreadOverview {

    @Inject
    ConversationDirectory directory;

    @Inject
    LastSeqView lastSeqs;

    @Inject
    CursorMoves cursors;

    @Inject
    MentionMarks mentions;

    /** @param mentioned a message past the read cursor mentions the user, by name or as everyone */
    public record Item(String groupId, UnreadCount unread, boolean mentioned) {
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
        Map<String, Long> mentioned = mentions.newestOf(userId, ids);
        return new Overview(ids.stream().map(id -> {
            long cursor = read.getOrDefault(id, 0L);
            return new Item(id, UnreadCount.of(last.getOrDefault(id, 0L), cursor), mentioned.getOrDefault(id, 0L) > cursor);
        }).toList());
    }
}
