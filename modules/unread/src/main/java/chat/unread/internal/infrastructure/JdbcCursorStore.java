package chat.unread.internal.infrastructure;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import chat.platform.db.Sql;
import chat.unread.internal.domain.CursorMove;
import chat.unread.internal.domain.CursorStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class JdbcCursorStore implements CursorStore {

    /** Whatever order moves arrive in, the stored cursor is the greatest. */
    private static final String ADVANCE = "INSERT INTO unread.cursors (conversation_id, user_id, read_seq)"
            + " SELECT * FROM unnest(?::text[], ?::text[], ?::bigint[])"
            + " ON CONFLICT (user_id, conversation_id) DO UPDATE SET read_seq = GREATEST(cursors.read_seq, EXCLUDED.read_seq)";

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public Map<String, Long> cursorsOf(String userId) {
        return byFirstColumn("SELECT conversation_id, read_seq FROM unread.cursors WHERE user_id = ?", userId);
    }

    @Override
    public Map<String, Long> cursorsIn(String conversationId) {
        return byFirstColumn("SELECT user_id, read_seq FROM unread.cursors WHERE conversation_id = ?", conversationId);
    }

    /** The seqs of a two-column query by its first column. */
    private Map<String, Long> byFirstColumn(String sql, String parameter) {
        Map<String, Long> cursors = new HashMap<>();
        Sql.query(dataSource, sql, row -> cursors.put(row.getString(1), row.getLong(2)), parameter);
        return cursors;
    }

    @Override
    public long cursor(String conversationId, String userId) {
        return Sql.first(dataSource, "SELECT read_seq FROM unread.cursors WHERE user_id = ? AND conversation_id = ?",
                row -> row.getLong(1), userId, conversationId).orElse(0L);
    }

    /**
     * One statement for the batch: the newest move per member and conversation (a row may be
     * written once per statement), in key order, so that two nodes' batches lock rows in the same
     * order and never deadlock.
     */
    @Override
    public void advance(Collection<CursorMove> batch) {
        Map<String, CursorMove> newest = new TreeMap<>();
        for (CursorMove move : batch) {
            newest.merge(move.userId() + ' ' + move.conversationId(), move, (a, b) -> a.seq() >= b.seq() ? a : b);
        }
        Collection<CursorMove> moves = newest.values();
        write(moves.stream().map(CursorMove::conversationId).toArray(String[]::new),
                moves.stream().map(CursorMove::userId).toArray(String[]::new),
                moves.stream().map(CursorMove::seq).toArray(Long[]::new));
    }

    @Override
    public void startAt(String conversationId, Collection<String> userIds, long seq) {
        String[] members = userIds.stream().distinct().sorted().toArray(String[]::new);
        write(Arrays.stream(members).map(u -> conversationId).toArray(String[]::new), members,
                Arrays.stream(members).map(u -> seq).toArray(Long[]::new));
    }

    private void write(String[] conversationIds, String[] userIds, Long[] seqs) {
        if (userIds.length > 0) {
            Sql.update(dataSource, ADVANCE, conversationIds, userIds, seqs);
        }
    }

    @Override
    public void remove(String conversationId, String userId) {
        Sql.update(dataSource, "DELETE FROM unread.cursors WHERE conversation_id = ? AND user_id = ?", conversationId, userId);
    }

    @Override
    public void removeConversation(String conversationId) {
        Sql.update(dataSource, "DELETE FROM unread.cursors WHERE conversation_id = ?", conversationId);
    }
}
