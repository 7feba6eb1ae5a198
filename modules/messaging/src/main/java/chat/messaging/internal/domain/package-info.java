/**
 * The messaging module's rules: what a client may send, the recall window, and the repository
 * of messages with their dense per-conversation sequence.
 */
package chat.messaging.internal.domain;
