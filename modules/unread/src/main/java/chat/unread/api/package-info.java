/**
 * What the unread module offers other modules: read cursors and unread counts that stop at 99+.
 * Its service interfaces, records and event types arrive with the issue that builds the module.
 */
package chat.unread.api;
