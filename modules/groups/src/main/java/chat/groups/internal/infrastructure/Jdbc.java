package chat.groups.internal.infrastructure;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

/** One statement with positional parameters, in the caller's transaction. */
final class Jdbc {

    private Jdbc() {
    }

    static int update(DataSource dataSource, String sql, Object... parameters) {
        try (var c = dataSource.getConnection(); var statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed: " + sql, e);
        }
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            statement.setObject(i + 1, p instanceof Instant instant ? Timestamp.from(instant) : p);
        }
    }
}
