/**
 * The unread module publishes no types to other modules yet: no module calls it. People reach it through its REST
 * resources ({@code /api/v1/unread}, {@code /api/v1/groups/{gid}/read}) and the WebSocket {@code read} frame, and it
 * follows conversations as a CDI observer of the groups module's membership events and messaging's
 * {@code MessagesStored} and {@code ConversationAdvanced}.
 */
package chat.unread.api;
