package chat.push.internal.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import chat.platform.db.Sql;
import chat.push.internal.domain.Channel;
import chat.push.internal.domain.PendingKey;
import chat.push.internal.domain.PendingPush;
import chat.push.internal.domain.PendingPushes;
import chat.push.internal.domain.StoredMessage;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class JdbcPendingPushes implements PendingPushes {

    private static final String KEY = "user_id = ? AND device_id = ? AND conversation_id = ? AND channel = ?";

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    /**
     * One statement for the message's keys, in key order (two intake batches lock rows alike). A row
     * counts the message only when it is newer than any it counted; the rows that go from nothing
     * waiting to one message are answered.
     */
    @Override
    public List<PendingKey> note(StoredMessage m, List<PendingKey> keys, boolean mentioned) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<PendingKey> sorted = keys.stream().distinct().sorted(Comparator.comparing(PendingKey::userId)
                .thenComparing(PendingKey::deviceId).thenComparing(PendingKey::conversationId)
                .thenComparing(PendingKey::channel)).toList();
        return Sql.query(dataSource, "INSERT INTO push.pending AS p (user_id, device_id, conversation_id, channel, count,"
                        + " noted_seq, last_seq, last_sender_id, last_type, last_preview, mentioned)"
                        + " SELECT u, d, c, h, 1, ?::bigint, ?::bigint, ?::text, ?::text, ?::text, ?::boolean"
                        + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS k (u, d, c, h)"
                        + " ON CONFLICT (user_id, device_id, conversation_id, channel) DO UPDATE SET count = p.count + 1,"
                        + " noted_seq = EXCLUDED.noted_seq, last_seq = EXCLUDED.last_seq, last_sender_id = EXCLUDED.last_sender_id,"
                        + " last_type = EXCLUDED.last_type, last_preview = EXCLUDED.last_preview,"
                        + " mentioned = (p.count > 0 AND p.mentioned) OR EXCLUDED.mentioned"
                        + " WHERE p.noted_seq < EXCLUDED.noted_seq"
                        + " RETURNING user_id, device_id, conversation_id, channel, count",
                row -> row.getInt(5) == 1 ? key(row) : null,
                m.seq(), m.seq(), m.senderId(), m.type(), m.preview(), mentioned,
                sorted.stream().map(PendingKey::userId).toArray(String[]::new),
                sorted.stream().map(PendingKey::deviceId).toArray(String[]::new),
                sorted.stream().map(PendingKey::conversationId).toArray(String[]::new),
                sorted.stream().map(k -> k.channel().name()).toArray(String[]::new))
                .stream().filter(k -> k != null).toList();
    }

    @Override
    public Optional<PendingPush> take(PendingKey key) {
        return Sql.first(dataSource, "SELECT user_id, device_id, conversation_id, channel, count, last_seq, last_sender_id,"
                        + " last_type, last_preview, mentioned, attempts, first_failed_at FROM push.pending WHERE " + KEY
                        + " AND count > 0 FOR UPDATE",
                row -> {
                    Timestamp failed = row.getTimestamp(12);
                    return new PendingPush(key(row), row.getInt(5), row.getLong(6), row.getString(7), row.getString(8),
                            row.getString(9), row.getBoolean(10), row.getInt(11), failed == null ? null : failed.toInstant());
                }, key.userId(), key.deviceId(), key.conversationId(), key.channel().name());
    }

    @Override
    public void settle(PendingKey key) {
        Sql.update(dataSource, "UPDATE push.pending SET count = 0, mentioned = false, attempts = 0, first_failed_at = NULL"
                + " WHERE " + KEY, key.userId(), key.deviceId(), key.conversationId(), key.channel().name());
    }

    @Override
    public void failed(PendingKey key) {
        Sql.update(dataSource, "UPDATE push.pending SET attempts = attempts + 1, first_failed_at = coalesce(first_failed_at, now())"
                + " WHERE " + KEY, key.userId(), key.deviceId(), key.conversationId(), key.channel().name());
    }

    private static PendingKey key(ResultSet row) throws SQLException {
        return new PendingKey(row.getString(1), row.getString(2), row.getString(3), Channel.valueOf(row.getString(4)));
    }
}
