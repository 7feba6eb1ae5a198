/**
 * The audit log: every operator call that changed something, and every run of the server's own
 * removals, recorded in the transaction of the change.
 */
package chat.platform.audit;
