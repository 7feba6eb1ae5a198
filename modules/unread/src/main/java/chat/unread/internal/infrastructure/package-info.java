/**
 * Cursors in PostgreSQL (schema {@code unread}), pending moves in Infinispan, and the durable
 * Artemis queue that writes moves to the database in batches.
 */
package chat.unread.internal.infrastructure;
