/**
 * Identity's use cases (register, log in and out, tickets, contacts, presence, operator batches)
 * and the ports they use.
 */
package chat.identity.internal.application;
