package chat.identity.api;

import chat.platform.events.Event;

/**
 * An operator disabled an account, and this node heard of it (from any node, through the
 * {@code chat.user-events} topic): every token it held is refused already; the WebSocket gateway
 * closes its local connections and push forgets its subscriptions.
 */
public record AccountDisabled(String userId) implements Event {
}
