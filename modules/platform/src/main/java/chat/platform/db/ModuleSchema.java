package chat.platform.db;

/**
 * A module's claim on its own PostgreSQL schema. Each module provides one bean; the platform
 * migrates every schema at start from {@code classpath:db/<schema>} (the repository's
 * {@code db/<schema>/} folder), with the schema's own Flyway history table.
 */
public interface ModuleSchema {

    /** The schema name, which is also the migration folder's name. */
    String schema();
}
