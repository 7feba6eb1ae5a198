package chat.groups.internal.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import chat.groups.api.Role;
import chat.groups.internal.domain.Conversation;
import chat.groups.internal.domain.ConversationRepository;
import chat.groups.internal.domain.Member;
import chat.groups.internal.domain.MyConversation;
import chat.platform.db.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class JdbcConversationRepository implements ConversationRepository {

    private static final String COLUMNS = "id, kind, name, owner_id, announcement, all_muted, max_members, member_count";

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public boolean insert(Conversation c, String directKey) {
        // ON CONFLICT: two people opening their chat at once must not abort either transaction.
        return 1 == Sql.update(dataSource, "INSERT INTO groups.conversations (" + COLUMNS + ", direct_key)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (direct_key) DO NOTHING",
                c.id(), c.kind().name(), c.name(), c.ownerId(), c.announcement(), c.allMuted(), c.maxMembers(),
                c.memberCount(), directKey);
    }

    @Override
    public boolean insertIfAbsent(Conversation c) {
        return 1 == Sql.update(dataSource, "INSERT INTO groups.conversations (" + COLUMNS + ")"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                c.id(), c.kind().name(), c.name(), c.ownerId(), c.announcement(), c.allMuted(), c.maxMembers(),
                c.memberCount());
    }

    @Override
    public List<MyConversation> ofMember(String userId) {
        String sql = "SELECT c.id, c.kind, c.name, c.owner_id, c.announcement, c.all_muted, c.max_members,"
                + " c.member_count, m.role, m.muted_until, m.do_not_disturb,"
                + " CASE WHEN c.kind = 'DIRECT' THEN (SELECT o.user_id FROM groups.members o"
                + "   WHERE o.conversation_id = c.id AND o.user_id <> m.user_id LIMIT 1) END"
                + " FROM groups.members m JOIN groups.conversations c ON c.id = m.conversation_id"
                + " WHERE m.user_id = ? AND c.disbanded_at IS NULL ORDER BY c.created_at DESC";
        try (var c = dataSource.getConnection(); var select = c.prepareStatement(sql)) {
            select.setString(1, userId);
            List<MyConversation> mine = new ArrayList<>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    Conversation conversation = map(rows);
                    Timestamp muted = rows.getTimestamp(10);
                    Member member = new Member(conversation.id(), userId, Role.valueOf(rows.getString(9)),
                            muted == null ? null : muted.toInstant(), rows.getBoolean(11));
                    mine.add(new MyConversation(conversation, member, rows.getString(12)));
                }
            }
            return mine;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the conversations of " + userId, e);
        }
    }

    @Override
    public Optional<Conversation> find(String id) {
        return one("SELECT " + COLUMNS + " FROM groups.conversations WHERE id = ? AND disbanded_at IS NULL", id);
    }

    @Override
    public Optional<Conversation> findForUpdate(String id) {
        return one("SELECT " + COLUMNS + " FROM groups.conversations WHERE id = ? AND disbanded_at IS NULL FOR UPDATE", id);
    }

    @Override
    public Optional<Conversation> findDirect(String directKey) {
        return one("SELECT " + COLUMNS + " FROM groups.conversations WHERE direct_key = ?", directKey);
    }

    @Override
    public boolean reserveSeats(String id, int seats) {
        return Sql.update(dataSource, "UPDATE groups.conversations SET member_count = member_count + ?"
                + " WHERE id = ? AND disbanded_at IS NULL AND member_count + ? <= max_members", seats, id, seats) == 1;
    }

    @Override
    public void releaseSeats(String id, int seats) {
        Sql.update(dataSource, "UPDATE groups.conversations SET member_count = member_count - ? WHERE id = ?", seats, id);
    }

    @Override
    public void update(String id, String name, String announcement, boolean allMuted) {
        Sql.update(dataSource, "UPDATE groups.conversations SET name = ?, announcement = ?, all_muted = ? WHERE id = ?",
                name, announcement, allMuted, id);
    }

    @Override
    public void changeCap(String id, int maxMembers) {
        Sql.update(dataSource, "UPDATE groups.conversations SET max_members = ? WHERE id = ?", maxMembers, id);
    }

    @Override
    public void changeOwner(String id, String ownerId) {
        Sql.update(dataSource, "UPDATE groups.conversations SET owner_id = ? WHERE id = ?", ownerId, id);
    }

    @Override
    public void disband(String id) {
        Sql.update(dataSource, "UPDATE groups.conversations SET disbanded_at = now() WHERE id = ?", id);
    }

    private static Conversation map(ResultSet rows) throws SQLException {
        return new Conversation(rows.getString(1), Conversation.Kind.valueOf(rows.getString(2)), rows.getString(3),
                rows.getString(4), rows.getString(5), rows.getBoolean(6), rows.getInt(7), rows.getInt(8));
    }

    private Optional<Conversation> one(String sql, String parameter) {
        try (var c = dataSource.getConnection(); var select = c.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (var rows = select.executeQuery()) {
                return rows.next() ? Optional.of(map(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read conversation " + parameter, e);
        }
    }
}
