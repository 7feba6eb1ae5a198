/**
 * What the identity module offers others: the user directory, WebSocket tickets, presence, and
 * the events it publishes. Everything else of identity is internal.
 */
package chat.identity.api;
