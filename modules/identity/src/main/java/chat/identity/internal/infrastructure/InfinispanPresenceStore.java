package chat.identity.internal.infrastructure;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import chat.identity.internal.application.PresenceStore;
import chat.platform.cache.CacheName;
import chat.platform.cache.SharedCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One entry per live device, {@code userId/deviceId}, living for the heartbeat window and renewed by
 * each ping. A user is online while any of their devices' entries lives.
 */
@ApplicationScoped
class InfinispanPresenceStore implements PresenceStore {

    private static final char SEPARATOR = '/';

    @Inject
    @CacheName("identity.presence")
    SharedCache<Long> heartbeats;

    @Override
    public void alive(String userId, String deviceId, long windowMillis) {
        heartbeats.put(key(userId, deviceId), System.currentTimeMillis(), Duration.ofMillis(windowMillis));
    }

    @Override
    public void gone(String userId, String deviceId) {
        heartbeats.remove(key(userId, deviceId));
    }

    @Override
    public Set<String> online(Map<String, ? extends Collection<String>> devicesByUser) {
        Set<String> keys = new HashSet<>();
        devicesByUser.forEach((user, devices) -> devices.forEach(d -> keys.add(key(user, d))));
        Set<String> online = new HashSet<>();
        for (String key : heartbeats.getAll(keys).keySet()) {
            online.add(key.substring(0, key.indexOf(SEPARATOR)));
        }
        return online;
    }

    @Override
    public Map<String, Set<String>> liveDevices(Map<String, ? extends Collection<String>> devicesByUser) {
        Set<String> keys = new HashSet<>();
        devicesByUser.forEach((user, devices) -> devices.forEach(d -> keys.add(key(user, d))));
        Map<String, Set<String>> live = new HashMap<>();
        for (String key : heartbeats.getAll(keys).keySet()) {
            int split = key.indexOf(SEPARATOR);
            live.computeIfAbsent(key.substring(0, split), u -> new HashSet<>()).add(key.substring(split + 1));
        }
        return live;
    }

    @Override
    public Set<String> liveDevices(String userId, Collection<String> deviceIds) {
        Set<String> keys = new HashSet<>();
        deviceIds.forEach(d -> keys.add(key(userId, d)));
        Set<String> live = new HashSet<>();
        for (String key : heartbeats.getAll(keys).keySet()) {
            live.add(key.substring(key.indexOf(SEPARATOR) + 1));
        }
        return live;
    }

    @Override
    public void onExpiry(BiConsumer<String, String> userAndDevice) {
        heartbeats.onExpiry(key -> {
            int split = key.indexOf(SEPARATOR);
            userAndDevice.accept(key.substring(0, split), key.substring(split + 1));
        });
    }

    private static String key(String userId, String deviceId) {
        return userId + SEPARATOR + deviceId;
    }
}
