/**
 * What the unread module does: moves read cursors (from reads and sends), keeps each node's
 * view of the conversations' last seqs, and answers the unread overview.
 */
package chat.unread.internal.application;
