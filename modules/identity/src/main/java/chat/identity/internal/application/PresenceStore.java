package chat.identity.internal.application;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** Which devices are alive now, shared by every node. */
public interface PresenceStore {

    /** The device is alive for the next window; called at connect and on every ping. */
    void alive(String userId, String deviceId, long windowMillis);

    void gone(String userId, String deviceId);

    /** The users among these that have at least one live device. */
    Set<String> online(Map<String, ? extends Collection<String>> devicesByUser);

    /** The live devices among these, by user (a user with none is absent). */
    Map<String, Set<String>> liveDevices(Map<String, ? extends Collection<String>> devicesByUser);

    /** The devices among these of one user that are alive. */
    Set<String> liveDevices(String userId, Collection<String> deviceIds);

    /** Calls back with (userId, deviceId) when a device's window runs out without a ping. */
    void onExpiry(BiConsumer<String, String> userAndDevice);
}
