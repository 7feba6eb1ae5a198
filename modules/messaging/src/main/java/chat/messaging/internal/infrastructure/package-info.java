/**
 * The messaging module's storage (the {@code messaging} schema over JDBC) and its events through
 * the outbox to every node.
 */
package chat.messaging.internal.infrastructure;
