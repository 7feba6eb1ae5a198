package chat.loadtest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Rows written to one table of the server's database, from PostgreSQL's statistics
 * ({@code pg_stat_user_tables}: {@code n_tup_ins}, {@code n_tup_upd}) read over JDBC from the
 * {@link ServerDatabase}.
 */
final class TableWrites {

    static final Duration POLL = Duration.ofSeconds(2);
    /** An idle backend reports its counts up to 10 s late: a count must hold still 12 s. */
    static final int STILL_FOR = 6;
    static final Duration MAX_WAIT = Duration.ofSeconds(120);

    /** Rows inserted and updated so far (including those an upsert inserted or updated). */
    record Counts(long inserted, long updated) {

        long written() {
            return inserted + updated;
        }

        Counts minus(Counts earlier) {
            return new Counts(inserted - earlier.inserted, updated - earlier.updated);
        }
    }

    /** Counts once they held still, and how long that took; {@code settled} false when MAX_WAIT passed first. */
    record Reading(Counts counts, long waitedNanos, boolean settled) {
    }

    private final ServerDatabase database;

    private TableWrites(ServerDatabase database) {
        this.database = database;
    }

    /** Empty when neither {@code --db-url} nor {@code CHAT_DB_URL} names a database. */
    static Optional<TableWrites> from(Options options, Map<String, String> environment) {
        return ServerDatabase.from(options, environment).map(TableWrites::new);
    }

    String url() {
        return database.url();
    }

    Counts read(String schema, String table) throws SQLException {
        try (Connection c = database.connect();
             var select = c.prepareStatement("SELECT coalesce(n_tup_ins, 0), coalesce(n_tup_upd, 0)"
                     + " FROM pg_stat_user_tables WHERE schemaname = ? AND relname = ?")) {
            select.setString(1, schema);
            select.setString(2, table);
            try (var rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("no table " + schema + "." + table + " in " + database.url());
                }
                return new Counts(rows.getLong(1), rows.getLong(2));
            }
        }
    }

    /** Reads every {@link #POLL} until the written count held still for {@link #STILL_FOR} readings. */
    Reading settled(String schema, String table) throws SQLException, InterruptedException {
        long start = System.nanoTime();
        Settling settling = new Settling(STILL_FOR);
        Counts counts = read(schema, table);
        while (!settling.settled(counts.written())) {
            if (System.nanoTime() - start > MAX_WAIT.toNanos()) {
                return new Reading(counts, System.nanoTime() - start, false);
            }
            Thread.sleep(POLL.toMillis());
            counts = read(schema, table);
        }
        return new Reading(counts, System.nanoTime() - start, true);
    }
}
