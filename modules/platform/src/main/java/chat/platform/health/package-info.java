/**
 * Health checks: ready while the database, broker and cache answer.
 */
package chat.platform.health;
