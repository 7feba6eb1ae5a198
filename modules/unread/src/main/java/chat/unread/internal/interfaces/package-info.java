/** The unread REST resources with the records they read and answer, and the WebSocket {@code read} frame. */
package chat.unread.internal.interfaces;
