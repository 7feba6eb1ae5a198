package chat.messaging.internal.interfaces.ws;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import chat.identity.api.DeviceIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * This node's live connections, by user. A CDI bean of the gateway (never a static map), so a
 * redeploy starts empty and each node knows only its own connections.
 */
@ApplicationScoped
class SessionRegistry {

    private final Map<String, Set<Connection>> byUser = new ConcurrentHashMap<>();

    void add(Connection connection) {
        byUser.computeIfAbsent(connection.device().userId(), u -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    void remove(Connection connection) {
        byUser.computeIfPresent(connection.device().userId(), (user, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    /** Queues the frame on every local connection of these users. */
    void deliver(Collection<String> userIds, String frame, String exceptDeviceId) {
        for (String userId : userIds) {
            for (Connection connection : byUser.getOrDefault(userId, Set.of())) {
                if (!connection.device().deviceId().equals(exceptDeviceId)) {
                    connection.send(frame);
                }
            }
        }
    }

    List<Connection> connectionsOf(Collection<String> userIds) {
        return userIds.stream().flatMap(u -> byUser.getOrDefault(u, Set.of()).stream()).toList();
    }

    /** True while this node holds a connection of the device. */
    boolean connected(DeviceIdentity device) {
        return byUser.getOrDefault(device.userId(), Set.of()).stream().anyMatch(c -> c.device().equals(device));
    }

    /** How many connections this node holds. */
    int count() {
        return byUser.values().stream().mapToInt(Set::size).sum();
    }

    List<Connection> all() {
        return byUser.values().stream().flatMap(Set::stream).toList();
    }
}
