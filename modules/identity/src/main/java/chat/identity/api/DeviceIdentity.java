package chat.identity.api;

/** A user's device: who a live connection or a token belongs to. */
public record DeviceIdentity(String userId, String deviceId) {
}
