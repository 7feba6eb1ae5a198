package chat.identity.internal.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import chat.identity.internal.domain.ContactRepository;
import chat.identity.internal.domain.Device;
import chat.identity.internal.domain.DeviceRepository;
import chat.platform.errors.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Presence as a user may see it: their own and their contacts'. */
@ApplicationScoped
public class PresenceQuery {

    @Inject
    DefaultPresence presence;

    @Inject
    PresenceStore store;

    @Inject
    DeviceRepository devices;

    @Inject
    ContactRepository contacts;

    /** One user's presence; {@code lastSeenAt} is now while online, else the last device's last contact. */
    public record UserPresence(String userId, boolean online, Instant lastSeenAt) {
    }

    /** A device of the caller's and whether it has a live connection. */
    public record DevicePresence(Device device, boolean online) {
    }

    public List<UserPresence> of(String callerId, List<String> userIds) {
        for (String id : userIds) {
            if (!id.equals(callerId) && !contacts.areContacts(callerId, id)) {
                throw new ForbiddenException("presence of " + id + " is for their contacts only");
            }
        }
        Map<String, List<Device>> byUser = devices.ofUsers(userIds);
        Set<String> online = presence.online(userIds);
        List<UserPresence> answer = new ArrayList<>();
        Instant now = Instant.now();
        for (String id : userIds) {
            Instant lastSeen = online.contains(id) ? now : byUser.getOrDefault(id, List.of()).stream()
                    .map(Device::lastSeenAt).max(Comparator.naturalOrder()).orElse(null);
            answer.add(new UserPresence(id, online.contains(id), lastSeen));
        }
        return answer;
    }

    public List<DevicePresence> devicesOf(String userId) {
        List<Device> mine = devices.ofUser(userId);
        Set<String> live = store.liveDevices(userId, mine.stream().map(Device::deviceId).toList());
        return mine.stream().map(d -> new DevicePresence(d, live.contains(d.deviceId()))).toList();
    }
}
