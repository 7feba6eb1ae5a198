/**
 * The ledger and packets in PostgreSQL (schema {@code redpack}), grab counters and markers in
 * Infinispan, the durable credit queue and the expiry job.
 */
package chat.redpack.internal.infrastructure;
