/**
 * Identity's storage: JDBC repositories over the {@code identity} schema, the token signing keys,
 * and the Infinispan caches for revoked tokens, WebSocket tickets, login failures and presence.
 */
package chat.identity.internal.infrastructure;
