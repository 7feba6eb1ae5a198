package chat.unread.internal.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

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
        try (Connection c = dataSource.getConnection();
             var select = c.prepareStatement("SELECT conversation_id, read_seq FROM unread.cursors WHERE user_id = ?")) {
            select.setString(1, userId);
            Map<String, Long> cursors = new HashMap<>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    cursors.put(rows.getString(1), rows.getLong(2));
                }
            }
            return cursors;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the cursors of " + userId, e);
        }
    }

    @Override
    public long cursor(String conversationId, String userId) {
        try (Connection c = dataSource.getConnection();
             var select = c.prepareStatement("SELECT read_seq FROM unread.cursors WHERE user_id = ? AND conversation_id = ?")) {
            select.setString(1, userId);
            select.setString(2, conversationId);
            try (var rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a cursor of " + userId, e);
        }
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
        if (userIds.length == 0) {
            return;
        }
        try (Connection c = dataSource.getConnection(); var upsert = c.prepareStatement(ADVANCE)) {
            upsert.setArray(1, c.createArrayOf("text", conversationIds));
            upsert.setArray(2, c.createArrayOf("text", userIds));
            upsert.setArray(3, c.createArrayOf("bigint", seqs));
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write " + userIds.length + " read cursors", e);
        }
    }

    @Override
    public void remove(String conversationId, String userId) {
        delete("DELETE FROM unread.cursors WHERE conversation_id = ? AND user_id = ?", conversationId, userId);
    }

    @Override
    public void removeConversation(String conversationId) {
        delete("DELETE FROM unread.cursors WHERE conversation_id = ?", conversationId);
    }

    private void delete(String sql, String... keys) {
        try (Connection c = dataSource.getConnection(); var delete = c.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                delete.setString(i + 1, keys[i]);
            }
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot remove read cursors of " + keys[0], e);
        }
    }
}
