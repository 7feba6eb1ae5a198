package chat.messaging.internal.infrastructure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import chat.messaging.internal.domain.Mentions;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageRepository;
import chat.messaging.internal.domain.MessageType;
import chat.messaging.internal.domain.Quote;
import chat.messaging.internal.domain.Reactions;
import chat.messaging.internal.domain.SenderKey;
import chat.platform.db.Sql;
import chat.platform.errors.ConflictException;
import chat.platform.errors.ErrorCode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class JdbcMessageRepository implements MessageRepository {

    static final String COLUMNS = "m.conversation_id, m.seq, m.sender_id, m.client_msg_id, m.type, m.text,"
            + " m.media_id, m.sent_at, m.recalled_at, m.mentions, m.mention_all, m.reply_seq, m.reply_sender_id,"
            + " m.reply_type, m.reply_preview, m.reaction_emoji, m.reaction_counts, m.forwarded";
    static final String NOT_HIDDEN = " AND NOT EXISTS (SELECT 1 FROM messaging.hidden_messages h"
            + " WHERE h.user_id = ? AND h.conversation_id = m.conversation_id AND h.seq = m.seq)";
    private static final String UNIQUE_VIOLATION = "23505";

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    /** Rows in the map's order, so two nodes' batches lock the counters they share in the same order. */
    @Override
    public Map<String, Long> takeSeqs(SortedMap<String, Integer> counts) {
        try (Connection c = dataSource.getConnection();
             var take = c.prepareStatement("INSERT INTO messaging.conversation_counters AS k (conversation_id, last_seq)"
                     + " SELECT * FROM unnest(?::text[], ?::bigint[]) ON CONFLICT (conversation_id)"
                     + " DO UPDATE SET last_seq = k.last_seq + EXCLUDED.last_seq RETURNING conversation_id, last_seq")) {
            take.setArray(1, c.createArrayOf("text", counts.keySet().toArray()));
            take.setArray(2, c.createArrayOf("bigint", counts.values().stream().map(Long::valueOf).toArray()));
            Map<String, Long> last = new HashMap<>();
            try (var rows = take.executeQuery()) {
                while (rows.next()) {
                    last.put(rows.getString(1), rows.getLong(2));
                }
            }
            return last;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the seqs of " + counts.keySet(), e);
        }
    }

    @Override
    public void giveBack(String groupId, long taken, int returned) {
        update("UPDATE messaging.conversation_counters SET last_seq = ? WHERE conversation_id = ? AND last_seq = ?",
                taken - returned, groupId, taken);
    }

    /** One statement for the batch: each column travels as one array. */
    @Override
    public void appendAll(List<Message> batch) {
        try (Connection c = dataSource.getConnection();
             var insert = c.prepareStatement("INSERT INTO messaging.messages (conversation_id, seq, sender_id,"
                     + " client_msg_id, type, text, media_id, sent_at, mentions, mention_all, reply_seq, reply_sender_id,"
                     + " reply_type, reply_preview, forwarded) SELECT g, s, u, k, t, x, a, timestamptz 'epoch' + e * interval"
                     + " '1 microsecond', string_to_array(n, ','), l, qs, qu, qt, qp, f FROM unnest(?::text[], ?::bigint[],"
                     + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::boolean[], ?::bigint[],"
                     + " ?::text[], ?::text[], ?::text[], ?::boolean[]) AS b (g, s, u, k, t, x, a, e, n, l, qs, qu, qt, qp, f)")) {
            insert.setArray(1, c.createArrayOf("text", batch.stream().map(Message::groupId).toArray()));
            insert.setArray(2, c.createArrayOf("bigint", batch.stream().map(Message::seq).toArray()));
            insert.setArray(3, c.createArrayOf("text", batch.stream().map(Message::senderId).toArray()));
            insert.setArray(4, c.createArrayOf("text", batch.stream().map(Message::clientMsgId).toArray()));
            insert.setArray(5, c.createArrayOf("text", batch.stream().map(m -> m.type().name()).toArray()));
            insert.setArray(6, c.createArrayOf("text", batch.stream().map(Message::text).toArray()));
            insert.setArray(7, c.createArrayOf("text", batch.stream().map(Message::attachmentId).toArray()));
            insert.setArray(8, c.createArrayOf("bigint",
                    batch.stream().map(m -> ChronoUnit.MICROS.between(Instant.EPOCH, m.sentAt())).toArray()));
            // user ids never hold a comma: each message's mentions travel as one joined string
            insert.setArray(9, c.createArrayOf("text", batch.stream()
                    .map(m -> m.mentions().userIds().isEmpty() ? null : String.join(",", m.mentions().userIds())).toArray()));
            insert.setArray(10, c.createArrayOf("boolean", batch.stream().map(m -> m.mentions().all()).toArray()));
            insert.setArray(11, c.createArrayOf("bigint", quoted(batch, Quote::seq)));
            insert.setArray(12, c.createArrayOf("text", quoted(batch, Quote::senderId)));
            insert.setArray(13, c.createArrayOf("text", quoted(batch, q -> q.type().name())));
            insert.setArray(14, c.createArrayOf("text", quoted(batch, Quote::preview)));
            insert.setArray(15, c.createArrayOf("boolean", batch.stream().map(Message::forwarded).toArray()));
            insert.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new ConflictException(ErrorCode.CLIENT_MSG_ID_REUSED, "a clientMsgId of the batch is taken");
            }
            throw new IllegalStateException("cannot store a batch of " + batch.size() + " messages", e);
        }
    }

    @Override
    public Optional<Message> bySenderAndClientId(String senderId, String clientMsgId) {
        return first(query("SELECT " + COLUMNS + " FROM messaging.messages m WHERE m.sender_id = ? AND m.client_msg_id = ?",
                senderId, clientMsgId));
    }

    @Override
    public List<Message> bySenderAndClientIds(Collection<SenderKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return query("SELECT " + COLUMNS + " FROM messaging.messages m JOIN unnest(?::text[], ?::text[]) AS k (sender_id,"
                + " client_msg_id) ON m.sender_id = k.sender_id AND m.client_msg_id = k.client_msg_id",
                keys.stream().map(SenderKey::senderId).toArray(String[]::new),
                keys.stream().map(SenderKey::clientMsgId).toArray(String[]::new));
    }

    @Override
    public Optional<Message> find(String groupId, long seq) {
        return first(query("SELECT " + COLUMNS + " FROM messaging.messages m WHERE m.conversation_id = ? AND m.seq = ?",
                groupId, seq));
    }

    @Override
    public List<Message> range(String groupId, long after, long until, int limit, String forUserId) {
        return query("SELECT " + COLUMNS + " FROM messaging.messages m WHERE m.conversation_id = ? AND m.seq > ?"
                + " AND m.seq <= ?" + NOT_HIDDEN + " ORDER BY m.seq LIMIT " + limit, groupId, after, until, forUserId);
    }

    @Override
    public List<Message> before(String groupId, long before, int limit, String forUserId) {
        List<Message> newestFirst = query("SELECT " + COLUMNS + " FROM messaging.messages m WHERE m.conversation_id = ?"
                + " AND m.seq < ?" + NOT_HIDDEN + " ORDER BY m.seq DESC LIMIT " + limit, groupId, before, forUserId);
        List<Message> ascending = new ArrayList<>(newestFirst);
        Collections.reverse(ascending);
        return ascending;
    }

    @Override
    public List<Message> newest(String groupId, int limit) {
        List<Message> ascending = new ArrayList<>(query("SELECT " + COLUMNS + " FROM messaging.messages m"
                + " WHERE m.conversation_id = ? ORDER BY m.seq DESC LIMIT " + limit, groupId));
        Collections.reverse(ascending);
        return ascending;
    }

    @Override
    public List<Long> hiddenSeqs(String userId, String groupId) {
        return Sql.query(dataSource, "SELECT seq FROM messaging.hidden_messages WHERE user_id = ? AND conversation_id = ?",
                rows -> rows.getLong(1), userId, groupId);
    }

    @Override
    public List<String> usersWhoHid(String groupId) {
        return Sql.query(dataSource, "SELECT DISTINCT user_id FROM messaging.hidden_messages WHERE conversation_id = ?",
                rows -> rows.getString(1), groupId);
    }

    /** Its content gone, its own quote, reactions and search keys too, and the preview of every reply that quotes it. */
    @Override
    public void recall(String groupId, long seq) {
        update("UPDATE messaging.messages SET recalled_at = now(), text = NULL, media_id = NULL, mentions = NULL,"
                + " mention_all = false, reply_seq = NULL, reply_sender_id = NULL, reply_type = NULL, reply_preview = NULL,"
                + " reaction_emoji = NULL, reaction_counts = NULL"
                + " WHERE conversation_id = ? AND seq = ?", groupId, seq);
        update("UPDATE messaging.messages SET reply_preview = '' WHERE conversation_id = ? AND reply_seq = ?"
                + " AND reply_preview <> ''", groupId, seq);
        update("DELETE FROM messaging.search_keys WHERE conversation_id = ? AND seq = ?", groupId, seq);
    }

    @Override
    public void hide(String userId, String groupId, long seq) {
        update("INSERT INTO messaging.hidden_messages (user_id, conversation_id, seq) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", userId, groupId, seq);
    }

    @Override
    public Map<String, Long> lastSeqs(Collection<String> groupIds) {
        Map<String, Long> seqs = new HashMap<>();
        if (groupIds.isEmpty()) {
            return seqs;
        }
        try (Connection c = dataSource.getConnection();
             var select = c.prepareStatement("SELECT conversation_id, last_seq FROM messaging.conversation_counters"
                     + " WHERE conversation_id = ANY (?)")) {
            select.setArray(1, c.createArrayOf("text", groupIds.toArray()));
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    seqs.put(rows.getString(1), rows.getLong(2));
                }
            }
            return seqs;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read last seqs", e);
        }
    }

    /** One query: for each conversation, its messages newest first until one the user did not hide (the key's index). */
    @Override
    public Map<String, Message> newest(Collection<String> groupIds, String forUserId) {
        Map<String, Message> newest = new HashMap<>();
        if (groupIds.isEmpty()) {
            return newest;
        }
        query("SELECT " + COLUMNS + " FROM unnest(?::text[]) AS g (id) CROSS JOIN LATERAL"
                + " (SELECT x.* FROM messaging.messages x WHERE x.conversation_id = g.id AND NOT EXISTS"
                + " (SELECT 1 FROM messaging.hidden_messages h WHERE h.user_id = ? AND h.conversation_id = x.conversation_id"
                + " AND h.seq = x.seq) ORDER BY x.seq DESC LIMIT 1) m", groupIds.toArray(String[]::new), forUserId)
                .forEach(m -> newest.put(m.groupId(), m));
        return newest;
    }

    private List<Message> query(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); var select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<Message> found = new ArrayList<>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(map(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read messages", e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write messages", e);
        }
    }

    private static Optional<Message> first(List<Message> messages) {
        return messages.stream().findFirst();
    }

    static Message map(ResultSet rows) throws SQLException {
        return new Message(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                MessageType.valueOf(rows.getString(5)), rows.getString(6), rows.getString(7),
                rows.getTimestamp(8).toInstant(), rows.getTimestamp(9) != null, mentions(rows.getArray(10), rows.getBoolean(11)),
                quote(rows), reactions(rows.getArray(16), rows.getArray(17)), rows.getBoolean(18));
    }

    private static Quote quote(ResultSet rows) throws SQLException {
        long seq = rows.getLong(12);
        return rows.wasNull() ? null
                : new Quote(seq, rows.getString(13), MessageType.valueOf(rows.getString(14)), rows.getString(15));
    }

    /** Each message's quote's field, null for a message that answers none. */
    private static Object[] quoted(List<Message> batch, Function<Quote, Object> field) {
        return batch.stream().map(m -> m.replyTo() == null ? null : field.apply(m.replyTo())).toArray();
    }

    private static Reactions reactions(Array emoji, Array counts) throws SQLException {
        if (emoji == null) {
            return Reactions.NONE;
        }
        String[] each = (String[]) emoji.getArray();
        Integer[] count = (Integer[]) counts.getArray();
        return new Reactions(IntStream.range(0, each.length).mapToObj(i -> new Reactions.Count(each[i], count[i])).toList());
    }

    private static Mentions mentions(Array userIds, boolean all) throws SQLException {
        if (userIds == null) {
            return all ? new Mentions(List.of(), true) : Mentions.NONE;
        }
        return new Mentions(List.of((String[]) userIds.getArray()), all);
    }
}
