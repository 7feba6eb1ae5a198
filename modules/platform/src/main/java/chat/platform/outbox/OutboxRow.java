package chat.platform.outbox;

/**
 * A pending outbox row as the relay reads it: {@code dedupId} names the row for all time (the
 * broker's duplicate-detection id), unlike {@code id}, which a new or restored database reuses.
 */
record OutboxRow(long id, String dedupId, OutboxDestination destination, String key, String payload) {
}
