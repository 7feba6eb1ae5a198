/**
 * The database at start: creation when missing and one Flyway-migrated schema per module.
 */
package chat.platform.db;
