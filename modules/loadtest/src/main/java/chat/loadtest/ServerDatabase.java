package chat.loadtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * The server's PostgreSQL, for the scenarios that read or fill it over JDBC, on this machine only
 * ({@link LoopbackOnly#checkDatabase}). The URL is {@code --db-url}, else the server's own variable
 * {@code CHAT_DB_URL}; the credentials are {@code CHAT_DB_USER} (default postgres) and
 * {@code CHAT_DB_PASSWORD} (default empty), as for the server.
 */
record ServerDatabase(String url, String user, String password) {

    /** Empty when neither {@code --db-url} nor {@code CHAT_DB_URL} names a database. */
    static Optional<ServerDatabase> from(Options options, Map<String, String> environment) {
        String url = options.string("db-url").orElse(environment.get("CHAT_DB_URL"));
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ServerDatabase(LoopbackOnly.checkDatabase(url.trim()),
                environment.getOrDefault("CHAT_DB_USER", "postgres"), environment.getOrDefault("CHAT_DB_PASSWORD", "")));
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
