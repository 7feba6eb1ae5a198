package chat.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * One JDBC statement on a pooled connection (enlisted in the caller's transaction, if any), for
 * the modules' repositories. Parameters bind by type: an {@link Instant} as a timestamp, a
 * {@code String[]} as {@code text[]}, a {@code Long[]} as {@code bigint[]}, null as SQL NULL.
 */
public final class Sql {

    private Sql() {
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    public static int update(DataSource dataSource, String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); var statement = c.prepareStatement(sql)) {
            bind(c, statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed: " + sql, e);
        }
    }

    public static <T> List<T> query(DataSource dataSource, String sql, Row<T> row, Object... parameters) {
        try (Connection c = dataSource.getConnection(); var statement = c.prepareStatement(sql)) {
            bind(c, statement, parameters);
            List<T> found = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(row.map(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    public static <T> Optional<T> first(DataSource dataSource, String sql, Row<T> row, Object... parameters) {
        return query(dataSource, sql, row, parameters).stream().findFirst();
    }

    private static void bind(Connection c, PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            if (p instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (p instanceof String[] texts) {
                statement.setArray(i + 1, c.createArrayOf("text", texts));
            } else if (p instanceof Long[] numbers) {
                statement.setArray(i + 1, c.createArrayOf("bigint", numbers));
            } else {
                statement.setObject(i + 1, p);
            }
        }
    }
}
