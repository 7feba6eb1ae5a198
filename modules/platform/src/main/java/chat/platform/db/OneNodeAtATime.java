package chat.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Work that one node at a time does, however many nodes run (a sweep, say): a PostgreSQL advisory
 * lock named after the work, held on a connection of its own for as long as the work runs. A node
 * that dies drops its connection, and the lock with it. The work runs its own transactions; call
 * this outside one.
 */
@ApplicationScoped
public class OneNodeAtATime {

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    /** Runs the work unless another node is running work of that name: empty then. */
    public <T> Optional<T> ifFree(String name, Supplier<T> work) {
        return run(name, work, false);
    }

    /** Runs the work once no other node is running work of that name. */
    public <T> T afterOthers(String name, Supplier<T> work) {
        return run(name, work, true).orElseThrow();
    }

    private <T> Optional<T> run(String name, Supplier<T> work, boolean wait) {
        try (Connection c = dataSource.getConnection()) {
            if (!lock(c, wait ? "pg_advisory_lock" : "pg_try_advisory_lock", name)) {
                return Optional.empty();
            }
            try {
                return Optional.of(work.get());
            } finally {
                lock(c, "pg_advisory_unlock", name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the lock of " + name + " could not be taken or given back", e);
        }
    }

    private static boolean lock(Connection c, String function, String name) throws SQLException {
        try (var call = c.prepareStatement("SELECT " + function + "(hashtext('platform.one-node'), hashtext(?))::text")) {
            call.setString(1, name);
            try (var result = call.executeQuery()) {
                // pg_advisory_lock answers void (the empty text), the others whether they took or gave back the lock
                return result.next() && !"false".equals(result.getString(1));
            }
        }
    }
}
