package chat.platform.runtime;

import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

import chat.platform.db.DatabaseMigrator;
import chat.platform.db.ModuleSchema;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Brings the database to the schema the code expects, before anything else touches it: creates
 * the database if missing, then runs each module's Flyway migrations in that module's schema.
 */
@ApplicationScoped
public class FlywayMigrator implements DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(FlywayMigrator.class.getName());

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Inject
    Instance<ModuleSchema> schemas;

    @Inject
    @ConfigProperty(name = "chat.db.url", defaultValue = "jdbc:postgresql://127.0.0.1:5432/chat")
    String url;

    @Inject
    @ConfigProperty(name = "chat.db.user", defaultValue = "postgres")
    String user;

    @Inject
    @ConfigProperty(name = "chat.db.password")
    Optional<String> password;

    @Override
    public void migrate() {
        try {
            DatabaseCreator.ensureExists(url, user, password.orElse(null));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
        migrateSchema("platform");
        for (ModuleSchema schema : schemas) {
            migrateSchema(schema.schema());
        }
    }

    private void migrateSchema(String schema) {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:db/" + schema)
                .load()
                .migrate();
        LOG.info(() -> "schema " + schema + ": " + result.migrationsExecuted + " migration(s) applied, now at "
                + result.targetSchemaVersion);
    }
}
