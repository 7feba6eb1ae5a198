package chat.identity.api;

import chat.platform.events.Event;

/**
 * A token was logged out and this node heard of it (from any node, through the
 * {@code chat.user-events} topic). The WebSocket gateway closes the local connections that were
 * opened with that token; other nodes do the same for theirs.
 *
 * @param userId    whose token it was
 * @param sessionId the token's id ({@code jti}); connections opened with another token stay open
 */
public record SessionEnded(String userId, String sessionId) implements Event {
}
