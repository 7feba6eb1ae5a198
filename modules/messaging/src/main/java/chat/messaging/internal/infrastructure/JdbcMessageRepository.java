package chat.messaging.internal.infrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageRepository;
import chat.messaging.internal.domain.MessageType;
import chat.platform.errors.ConflictException;
import chat.platform.errors.ErrorCode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class JdbcMessageRepository implements MessageRepository {

    private static final String COLUMNS = "m.conversation_id, m.seq, m.sender_id, m.client_msg_id, m.type, m.text,"
            + " m.media_id, m.sent_at, m.recalled_at";
    private static final String NOT_HIDDEN = " AND NOT EXISTS (SELECT 1 FROM messaging.hidden_messages h"
            + " WHERE h.user_id = ? AND h.conversation_id = m.conversation_id AND h.seq = m.seq)";
    private static final String UNIQUE_VIOLATION = "23505";

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    /** One statement and one round trip: makes the counter at need, moves it on and holds its row lock. */
    @Override
    public long nextSeq(String groupId) {
        try (Connection c = dataSource.getConnection();
             var next = c.prepareStatement("INSERT INTO messaging.conversation_counters AS k (conversation_id, last_seq)"
                     + " VALUES (?, 1) ON CONFLICT (conversation_id) DO UPDATE SET last_seq = k.last_seq + 1"
                     + " RETURNING last_seq")) {
            next.setString(1, groupId);
            try (var rows = next.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the next seq of " + groupId, e);
        }
    }

    @Override
    public void giveBack(String groupId, long seq) {
        update("UPDATE messaging.conversation_counters SET last_seq = ? WHERE conversation_id = ? AND last_seq = ?",
                seq - 1, groupId, seq);
    }

    @Override
    public void append(Message m) {
        try (Connection c = dataSource.getConnection();
             var insert = c.prepareStatement("INSERT INTO messaging.messages (conversation_id, seq, sender_id,"
                     + " client_msg_id, type, text, media_id, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, m.groupId());
            insert.setLong(2, m.seq());
            insert.setString(3, m.senderId());
            insert.setString(4, m.clientMsgId());
            insert.setString(5, m.type().name());
            insert.setString(6, m.text());
            insert.setString(7, m.attachmentId());
            insert.setTimestamp(8, Timestamp.from(m.sentAt()));
            insert.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // The same clientMsgId raced in from another conversation of the same sender.
                throw new ConflictException(ErrorCode.CLIENT_MSG_ID_REUSED, "clientMsgId " + m.clientMsgId() + " is taken");
            }
            throw new IllegalStateException("cannot store message " + m.seq() + " of " + m.groupId(), e);
        }
    }

    @Override
    public Optional<Message> bySenderAndClientId(String senderId, String clientMsgId) {
        return first(query("SELECT " + COLUMNS + " FROM messaging.messages m WHERE m.sender_id = ? AND m.client_msg_id = ?",
                senderId, clientMsgId));
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
        try (Connection c = dataSource.getConnection();
             var select = c.prepareStatement("SELECT seq FROM messaging.hidden_messages WHERE user_id = ?"
                     + " AND conversation_id = ?")) {
            select.setString(1, userId);
            select.setString(2, groupId);
            List<Long> seqs = new ArrayList<>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    seqs.add(rows.getLong(1));
                }
            }
            return seqs;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read hidden messages", e);
        }
    }

    @Override
    public List<String> usersWhoHid(String groupId) {
        try (Connection c = dataSource.getConnection();
             var select = c.prepareStatement("SELECT DISTINCT user_id FROM messaging.hidden_messages"
                     + " WHERE conversation_id = ?")) {
            select.setString(1, groupId);
            List<String> users = new ArrayList<>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    users.add(rows.getString(1));
                }
            }
            return users;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read hidden messages", e);
        }
    }

    @Override
    public void recall(String groupId, long seq) {
        update("UPDATE messaging.messages SET recalled_at = now(), text = NULL, media_id = NULL"
                + " WHERE conversation_id = ? AND seq = ?", groupId, seq);
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

    private static Message map(ResultSet rows) throws SQLException {
        return new Message(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                MessageType.valueOf(rows.getString(5)), rows.getString(6), rows.getString(7),
                rows.getTimestamp(8).toInstant(), rows.getTimestamp(9) != null);
    }
}
