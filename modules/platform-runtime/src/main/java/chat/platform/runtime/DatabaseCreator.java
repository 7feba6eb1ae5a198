package chat.platform.runtime;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Creates the configured database when it does not exist yet, by connecting to the server's
 * {@code postgres} maintenance database with the same credentials. Safe when several nodes start
 * at once: losing the race to {@code CREATE DATABASE} is success.
 */
final class DatabaseCreator {

    private static final Logger LOG = Logger.getLogger(DatabaseCreator.class.getName());
    private static final String DUPLICATE_DATABASE = "42P04";

    private DatabaseCreator() {
    }

    static void ensureExists(String jdbcUrl, String user, String password) throws SQLException {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("unsupported database name in CHAT_DB_URL: " + database);
        }
        String maintenanceUrl = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/postgres";
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("connectTimeout", "10");
        if (password != null && !password.isEmpty()) {
            credentials.setProperty("password", password);
        }
        // The driver is asked directly: DriverManager would register it JVM-wide from the WAR.
        try (Connection c = new org.postgresql.Driver().connect(maintenanceUrl, credentials);
             var exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            if (exists.executeQuery().next()) {
                return;
            }
            try (var create = c.createStatement()) {
                create.execute("CREATE DATABASE " + database);
                LOG.info(() -> "created database " + database);
            } catch (SQLException e) {
                if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
    }
}
