/**
 * The groups module's storage (the {@code groups} schema over JDBC), invite codes in Infinispan,
 * and its events through the outbox and CDI.
 */
package chat.groups.internal.infrastructure;
