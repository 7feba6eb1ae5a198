package chat.identity.internal.application;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.identity.api.DeviceIdentity;
import chat.identity.api.OfflineDevices;
import chat.identity.api.Presence;
import chat.identity.api.PresenceChanged;
import chat.identity.internal.domain.ContactRepository;
import chat.identity.internal.domain.Device;
import chat.identity.internal.domain.DeviceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Online while any device lives in the presence store. Contacts hear when a user's first device
 * comes or last device goes (a close, or a heartbeat window that ran out on any node).
 */
@ApplicationScoped
public class DefaultPresence implements Presence, OfflineDevices {

    @Inject
    PresenceStore store;

    @Inject
    DeviceRepository devices;

    @Inject
    ContactRepository contacts;

    @Inject
    IdentityEvents events;

    @Inject
    @ConfigProperty(name = "chat.presence.window-seconds", defaultValue = "30")
    long windowSeconds;

    /** Listens for heartbeat windows that run out; called once at start. */
    public void start() {
        store.onExpiry((userId, deviceId) -> lastDeviceCheck(userId));
    }

    @Override
    public void connected(DeviceIdentity device) {
        boolean wasOnline = isOnline(device.userId());
        store.alive(device.userId(), device.deviceId(), windowMillis());
        devices.touch(device.userId(), device.deviceId());
        if (!wasOnline) {
            announce(device.userId(), true);
        }
    }

    @Override
    public void heartbeat(DeviceIdentity device) {
        store.alive(device.userId(), device.deviceId(), windowMillis());
    }

    @Override
    public void disconnected(DeviceIdentity device) {
        store.gone(device.userId(), device.deviceId());
        devices.touch(device.userId(), device.deviceId());
        lastDeviceCheck(device.userId());
    }

    @Override
    public long windowMillis() {
        return windowSeconds * 1000;
    }

    @Override
    public Map<String, List<String>> of(Collection<String> userIds) {
        Map<String, List<String>> known = deviceIds(devices.ofUsers(userIds));
        Map<String, Set<String>> live = store.liveDevices(known);
        Map<String, List<String>> offline = new HashMap<>();
        known.forEach((user, all) -> {
            List<String> away = all.stream().filter(d -> !live.getOrDefault(user, Set.of()).contains(d)).toList();
            if (!away.isEmpty()) {
                offline.put(user, away);
            }
        });
        return offline;
    }

    /** The users among these that are online now. */
    public Set<String> online(Collection<String> userIds) {
        return store.online(deviceIds(devices.ofUsers(userIds)));
    }

    public boolean isOnline(String userId) {
        return online(List.of(userId)).contains(userId);
    }

    private void lastDeviceCheck(String userId) {
        if (!isOnline(userId)) {
            announce(userId, false);
        }
    }

    private void announce(String userId, boolean online) {
        events.presenceChanged(new PresenceChanged(userId, online, Instant.now()), contacts.contactsOf(userId));
    }

    private static Map<String, List<String>> deviceIds(Map<String, List<Device>> byUser) {
        return byUser.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(Device::deviceId).toList()));
    }
}
