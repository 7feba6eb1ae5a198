/**
 * The redpack module publishes no types to other modules yet: no module calls it. People reach wallets, red packets
 * and the ledger check through its REST resources; it announces a packet through messaging's
 * {@code RedPackAnnouncements}, credits claims from its own outbox queue, and tells members of claims through the
 * platform's WebSocket user events.
 */
package chat.redpack.api;
