package chat.identity.api;

import java.util.Collection;

import jakarta.json.JsonObject;

/**
 * Sends a WebSocket frame to some users' live connections, on whatever node they are. Any module
 * tells users this way; the messaging module's gateway writes the frames ({@link UserEventArrived}).
 */
public interface UserEvents {

    /**
     * In the caller's transaction, through the outbox: published after it commits, never if it
     * rolls back. For facts that must not be lost (a contact request, a red packet claimed).
     */
    void publish(Collection<String> recipients, JsonObject frame);

    /** At once and at most once: for states a later one overrides (presence, a read cursor). */
    default void publishNow(Collection<String> recipients, JsonObject frame) {
        publishNow(recipients, frame, null);
    }

    /** At once and at most once, to every device of the recipients but {@code exceptDeviceId}, when given. */
    void publishNow(Collection<String> recipients, JsonObject frame, String exceptDeviceId);
}
