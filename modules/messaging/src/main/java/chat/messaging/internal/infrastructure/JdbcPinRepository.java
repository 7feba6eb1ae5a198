package chat.messaging.internal.infrastructure;

import java.util.List;

import javax.sql.DataSource;

import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.PinRepository;
import chat.platform.db.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class JdbcPinRepository implements PinRepository {

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    /** The transaction-scoped advisory lock serialises the pins of one conversation: count, then insert. */
    @Override
    public boolean pin(String groupId, long seq, String byUserId) {
        Sql.query(dataSource, "SELECT pg_advisory_xact_lock(hashtext('messaging.pins'), hashtext(?))", rows -> 0, groupId);
        boolean pinned = Sql.first(dataSource, "SELECT 1 FROM messaging.pins WHERE conversation_id = ? AND seq = ?",
                rows -> true, groupId, seq).isPresent();
        if (pinned) {
            return true;
        }
        int count = Sql.first(dataSource, "SELECT count(*) FROM messaging.pins WHERE conversation_id = ?",
                rows -> rows.getInt(1), groupId).orElse(0);
        if (count >= MAX_PINS) {
            return false;
        }
        Sql.update(dataSource, "INSERT INTO messaging.pins (conversation_id, seq, pinned_by) VALUES (?, ?, ?)",
                groupId, seq, byUserId);
        return true;
    }

    @Override
    public boolean unpin(String groupId, long seq) {
        return Sql.update(dataSource, "DELETE FROM messaging.pins WHERE conversation_id = ? AND seq = ?", groupId, seq) > 0;
    }

    @Override
    public List<Message> pinned(String groupId, String viewerId) {
        return Sql.query(dataSource, "SELECT " + JdbcMessageRepository.COLUMNS + " FROM messaging.pins p"
                + " JOIN messaging.messages m ON m.conversation_id = p.conversation_id AND m.seq = p.seq"
                + " WHERE p.conversation_id = ? AND m.recalled_at IS NULL" + JdbcMessageRepository.NOT_HIDDEN
                + " ORDER BY p.pinned_at DESC, p.seq DESC", JdbcMessageRepository::map, groupId, viewerId);
    }
}
