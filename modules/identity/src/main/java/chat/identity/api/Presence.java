package chat.identity.api;

/**
 * What the WebSocket gateway tells identity about live connections. A user is online while any
 * device has a live connection that pinged within the heartbeat window; contacts hear of changes.
 */
public interface Presence {

    void connected(DeviceIdentity device);

    void heartbeat(DeviceIdentity device);

    void disconnected(DeviceIdentity device);

    /** The heartbeat window: a connection silent for longer is offline. */
    long windowMillis();
}
