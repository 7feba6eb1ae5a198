/**
 * The database: one schema per module ({@link chat.platform.db.ModuleSchema}), plain JDBC helpers
 * ({@link chat.platform.db.Sql}), work after a commit ({@link chat.platform.db.AfterCommit}), and the
 * migration at start ({@link chat.platform.db.DatabaseMigrator}, Flyway in the runtime module).
 */
package chat.platform.db;
