package chat.push.internal.domain;

import java.net.URI;

/**
 * A device's Web Push subscription, made by one of its sessions (token ids): when that session is
 * logged out, the subscription goes with it.
 */
public record PushSubscription(String userId, String deviceId, String sessionId, URI endpoint, SubscriptionKeys keys) {
}
