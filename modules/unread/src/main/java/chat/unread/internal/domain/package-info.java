/**
 * The unread module's rules: the unread arithmetic (capped at 100, shown as "99+"), a cursor
 * that never moves back, and the store of cursors.
 */
package chat.unread.internal.domain;
