package chat.unread.internal.infrastructure;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import chat.platform.db.Sql;
import chat.unread.internal.domain.MentionMark;
import chat.unread.internal.domain.MentionMarks;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class JdbcMentionMarks implements MentionMarks {

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    /**
     * One statement for the batch: the newest mark per member and conversation (a row may be
     * written once per statement), in key order, so that two nodes' batches lock rows in the same
     * order and never deadlock.
     */
    @Override
    public void mark(Collection<MentionMark> marks) {
        Map<String, MentionMark> newest = new TreeMap<>();
        for (MentionMark mark : marks) {
            newest.merge(mark.userId() + ' ' + mark.conversationId(), mark, (a, b) -> a.seq() >= b.seq() ? a : b);
        }
        if (newest.isEmpty()) {
            return;
        }
        Collection<MentionMark> rows = newest.values();
        Sql.update(dataSource, "INSERT INTO unread.mentions (user_id, conversation_id, seq)"
                        + " SELECT * FROM unnest(?::text[], ?::text[], ?::bigint[])"
                        + " ON CONFLICT (user_id, conversation_id) DO UPDATE SET seq = GREATEST(mentions.seq, EXCLUDED.seq)",
                rows.stream().map(MentionMark::userId).toArray(String[]::new),
                rows.stream().map(MentionMark::conversationId).toArray(String[]::new),
                rows.stream().map(MentionMark::seq).toArray(Long[]::new));
    }

    @Override
    public Map<String, Long> newestOf(String userId, Collection<String> conversationIds) {
        Map<String, Long> newest = new HashMap<>();
        if (!conversationIds.isEmpty()) {
            Sql.query(dataSource, "SELECT conversation_id, max(seq) FROM unread.mentions WHERE user_id IN (?, ?)"
                            + " AND conversation_id = ANY(?::text[]) GROUP BY conversation_id",
                    row -> newest.put(row.getString(1), row.getLong(2)),
                    userId, MentionMark.EVERYONE, conversationIds.toArray(String[]::new));
        }
        return newest;
    }

    @Override
    public void forget(String conversationId, String userId) {
        Sql.update(dataSource, "DELETE FROM unread.mentions WHERE conversation_id = ? AND user_id = ?", conversationId, userId);
    }

    @Override
    public void removeConversation(String conversationId) {
        Sql.update(dataSource, "DELETE FROM unread.mentions WHERE conversation_id = ?", conversationId);
    }
}
