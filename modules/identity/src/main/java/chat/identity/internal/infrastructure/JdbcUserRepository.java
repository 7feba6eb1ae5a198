package chat.identity.internal.infrastructure;

import java.sql.BatchUpdateException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import chat.identity.internal.domain.User;
import chat.identity.internal.domain.UserRepository;
import chat.identity.internal.domain.UsernamePrefix;
import chat.identity.internal.domain.UsernameTakenException;
import chat.platform.db.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class JdbcUserRepository implements UserRepository {

    private static final String COLUMNS = "id, username, password_hash, nickname, avatar_url";

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public void insertAll(List<User> users) {
        try (var c = dataSource.getConnection();
             var insert = c.prepareStatement("INSERT INTO identity.users (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)"
                     + " ON CONFLICT (username) DO NOTHING")) {
            for (User u : users) {
                insert.setString(1, u.id());
                insert.setString(2, u.username());
                insert.setString(3, u.passwordHash());
                insert.setString(4, u.nickname());
                insert.setString(5, u.avatarUrl());
                insert.addBatch();
            }
            // A taken name (by an earlier row, another row of the batch, or a racing transaction) inserts nothing.
            int[] counts = insert.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw new UsernameTakenException(users.get(i).username());
                }
            }
        } catch (BatchUpdateException e) {
            throw new IllegalStateException("cannot insert users", e.getNextException() == null ? e : e.getNextException());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot insert users", e);
        }
    }

    @Override
    public Optional<User> byId(String id) {
        return one("SELECT " + COLUMNS + " FROM identity.users WHERE id = ?", id);
    }

    @Override
    public Optional<User> byUsername(String username) {
        return one("SELECT " + COLUMNS + " FROM identity.users WHERE username = ?", username);
    }

    @Override
    public List<User> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        try (var c = dataSource.getConnection();
             var select = c.prepareStatement("SELECT " + COLUMNS + " FROM identity.users WHERE id = ANY (?)")) {
            select.setArray(1, c.createArrayOf("text", ids.toArray()));
            List<User> users = new ArrayList<>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    users.add(map(rows));
                }
            }
            return users;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read users", e);
        }
    }

    @Override
    public List<User> byUsernamePrefix(UsernamePrefix prefix, int limit) {
        // LIKE with the prefix's wildcards escaped, ordered by the text_pattern_ops operator (byte
        // order) so that the V2 index both finds the range and hands it over sorted: the LIMIT
        // then stops the scan early however many names share a short prefix.
        return Sql.query(dataSource, "SELECT " + COLUMNS + " FROM identity.users WHERE username LIKE ? ESCAPE '\\'"
                        + " ORDER BY username USING ~<~ LIMIT ?",
                JdbcUserRepository::map, likePrefix(prefix.value()), limit);
    }

    static String likePrefix(String literal) {
        return literal.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @Override
    public void update(User user) {
        try (var c = dataSource.getConnection();
             var update = c.prepareStatement("UPDATE identity.users SET nickname = ?, avatar_url = ? WHERE id = ?")) {
            update.setString(1, user.nickname());
            update.setString(2, user.avatarUrl());
            update.setString(3, user.id());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update user " + user.id(), e);
        }
    }

    private Optional<User> one(String sql, String parameter) {
        try (var c = dataSource.getConnection(); var select = c.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (var rows = select.executeQuery()) {
                return rows.next() ? Optional.of(map(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a user", e);
        }
    }

    private static User map(ResultSet rows) throws SQLException {
        return new User(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5));
    }
}
