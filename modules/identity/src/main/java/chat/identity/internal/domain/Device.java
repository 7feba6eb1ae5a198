package chat.identity.internal.domain;

import java.time.Instant;

/** A device a user logged in from; every token belongs to one. */
public record Device(String userId, String deviceId, String deviceName, Instant lastSeenAt) {
}
