package chat.groups.internal.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import chat.groups.api.Role;
import chat.groups.internal.domain.Member;
import chat.groups.internal.domain.MemberRepository;
import chat.platform.db.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class JdbcMemberRepository implements MemberRepository {

    private static final String COLUMNS = "m.conversation_id, m.user_id, m.role, m.muted_until, m.do_not_disturb";

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public List<String> addAll(String conversationId, Collection<String> userIds, Role role) {
        // One statement for any number of users: what a 10,000-member operator batch needs.
        String sql = "INSERT INTO groups.members (conversation_id, user_id, role) SELECT ?, u, ? FROM unnest(?) AS u"
                + " ON CONFLICT DO NOTHING RETURNING user_id";
        try (var c = dataSource.getConnection(); var insert = c.prepareStatement(sql)) {
            insert.setString(1, conversationId);
            insert.setString(2, role.name());
            insert.setArray(3, c.createArrayOf("text", userIds.toArray()));
            return strings(insert.executeQuery());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot add members to " + conversationId, e);
        }
    }

    @Override
    public Optional<Member> find(String conversationId, String userId) {
        List<Member> found = members("SELECT " + COLUMNS + " FROM groups.members m"
                + " WHERE m.conversation_id = ? AND m.user_id = ?", conversationId, userId);
        return found.stream().findFirst();
    }

    @Override
    public List<Member> page(String conversationId, String afterUserId, int limit) {
        return members("SELECT " + COLUMNS + " FROM groups.members m WHERE m.conversation_id = ? AND m.user_id > ?"
                + " ORDER BY m.user_id LIMIT " + limit, conversationId, afterUserId == null ? "" : afterUserId);
    }

    @Override
    public List<String> userIds(String conversationId) {
        return ids("SELECT user_id FROM groups.members WHERE conversation_id = ?", conversationId);
    }

    @Override
    public List<String> among(String conversationId, Collection<String> userIds) {
        try (var c = dataSource.getConnection(); var select = c.prepareStatement(
                "SELECT user_id FROM groups.members WHERE conversation_id = ? AND user_id = ANY(?)")) {
            select.setString(1, conversationId);
            select.setArray(2, c.createArrayOf("text", userIds.toArray()));
            return strings(select.executeQuery());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read members of " + conversationId, e);
        }
    }

    @Override
    public List<String> quiet(String conversationId) {
        return ids("SELECT user_id FROM groups.members WHERE conversation_id = ? AND do_not_disturb", conversationId);
    }

    @Override
    public List<String> managers(String conversationId) {
        return ids("SELECT user_id FROM groups.members WHERE conversation_id = ? AND role IN ('OWNER', 'ADMIN')",
                conversationId);
    }

    @Override
    public boolean remove(String conversationId, String userId) {
        return Sql.update(dataSource, "DELETE FROM groups.members WHERE conversation_id = ? AND user_id = ?",
                conversationId, userId) == 1;
    }

    @Override
    public void setRole(String conversationId, String userId, Role role) {
        Sql.update(dataSource, "UPDATE groups.members SET role = ? WHERE conversation_id = ? AND user_id = ?",
                role.name(), conversationId, userId);
    }

    @Override
    public void setMutedUntil(String conversationId, String userId, Instant until) {
        Sql.update(dataSource, "UPDATE groups.members SET muted_until = ? WHERE conversation_id = ? AND user_id = ?",
                until == null ? null : Timestamp.from(until), conversationId, userId);
    }

    @Override
    public void setDoNotDisturb(String conversationId, String userId, boolean doNotDisturb) {
        Sql.update(dataSource, "UPDATE groups.members SET do_not_disturb = ? WHERE conversation_id = ? AND user_id = ?",
                doNotDisturb, conversationId, userId);
    }

    private List<Member> members(String sql, String... parameters) {
        return Sql.query(dataSource, sql, rows -> {
            Timestamp muted = rows.getTimestamp(4);
            return new Member(rows.getString(1), rows.getString(2), Role.valueOf(rows.getString(3)),
                    muted == null ? null : muted.toInstant(), rows.getBoolean(5));
        }, (Object[]) parameters);
    }

    private List<String> ids(String sql, String parameter) {
        try (var c = dataSource.getConnection(); var select = c.prepareStatement(sql)) {
            select.setString(1, parameter);
            return strings(select.executeQuery());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read members", e);
        }
    }

    private static List<String> strings(ResultSet rows) throws SQLException {
        try (rows) {
            List<String> out = new ArrayList<>();
            while (rows.next()) {
                out.add(rows.getString(1));
            }
            return out;
        }
    }
}
