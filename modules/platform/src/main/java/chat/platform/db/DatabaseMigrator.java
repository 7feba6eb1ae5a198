package chat.platform.db;

/**
 * Brings the database to the schema the code expects, before anything else touches it: creates
 * the database if missing, then migrates the platform's schema and each {@link ModuleSchema}. The
 * runtime module implements it with Flyway ({@code chat.platform.runtime.FlywayMigrator}).
 */
public interface DatabaseMigrator {

    /** Runs once at application start; throws when the database cannot be reached or migrated. */
    void migrate();
}
