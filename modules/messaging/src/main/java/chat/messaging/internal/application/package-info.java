/**
 * The messaging module's use cases: send once, read history, recall, delete for me, last seqs.
 */
package chat.messaging.internal.application;
