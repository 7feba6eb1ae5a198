package chat.push.internal.domain;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored subscriptions, one per device. */
public interface PushSubscriptions {

    /** Whether any device has one at all. */
    boolean any();

    /** Stores the device's subscription, replacing the one it had. */
    void save(PushSubscription subscription);

    Optional<PushSubscription> of(String userId, String deviceId);

    /** The subscriptions of these users' devices. */
    List<PushSubscription> ofUsers(Collection<String> userIds);

    /** True when the device had one. */
    boolean remove(String userId, String deviceId);

    /** The session was logged out: what it subscribed goes. */
    void removeSession(String sessionId);

    /** The account was disabled: all its devices' subscriptions go. */
    void removeUser(String userId);

    /** The push service said the subscription is gone (404, 410): removed unless the device subscribed anew meanwhile. */
    void removeGone(String userId, String deviceId, URI endpoint);
}
