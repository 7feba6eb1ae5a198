/** The unread REST resources and the WebSocket {@code read} frame. */
package chat.unread.internal.interfaces;
