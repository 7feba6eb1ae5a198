/**
 * The transactional outbox: messages recorded with the change they announce and relayed to Artemis after commit.
 */
package chat.platform.outbox;
