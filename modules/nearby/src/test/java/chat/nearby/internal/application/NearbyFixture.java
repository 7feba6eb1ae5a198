package chat.nearby.internal.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import chat.groups.api.NearbyGroups;
import chat.identity.api.UserDirectory;
import chat.identity.api.UserSummary;
import chat.nearby.internal.domain.Position;
import chat.nearby.internal.domain.Room;
import chat.identity.api.UserEvents;
import jakarta.json.JsonObject;

/**
 * The nearby module's use cases wired by hand over in-memory fakes: no CDI, no Infinispan (the
 * entry limit counts in an in-memory cache), no broker.
 */
final class NearbyFixture {

    static final Position HERE = new Position(52.52, 13.405);
    /** About 22 m from HERE: within reach. */
    static final Position NEXT_DOOR = new Position(52.5202, 13.405);
    /** About 1.1 km from HERE: out of reach. */
    static final Position ACROSS_TOWN = new Position(52.53, 13.405);

    final InMemoryRooms rooms = new InMemoryRooms();
    final Map<String, UserSummary> users = new HashMap<>();
    final List<String> entered = new ArrayList<>();
    final List<Collection<String>> toldTo = new ArrayList<>();
    final List<JsonObject> frames = new ArrayList<>();
    final NearbySettings settings = new NearbySettings();
    final RoomEntryLimit limit = new RoomEntryLimit();

    final NearbyGroups groups = (groupId, name, userId) -> entered.add(userId + " entered " + groupId + " " + name);

    final UserEvents userEvents = new UserEvents() {
        @Override
        public void publish(Collection<String> recipients, JsonObject frame) {
            throw new AssertionError("a room's members are a passing state: told at once, never through the outbox");
        }

        @Override
        public void publishNow(Collection<String> recipients, JsonObject frame, String exceptDeviceId) {
            toldTo.add(List.copyOf(recipients));
            frames.add(frame);
        }
    };

    NearbyFixture() {
        settings.roomSeconds = 180;
        limit.entryTimes = new InMemorySharedCache<>();
        limit.perMinute = 10;
        limit.open();
    }

    void user(String id, String nickname) {
        users.put(id, new UserSummary(id, id, nickname, null));
    }

    Room room(String id, String code, Position anchor, Instant openedAt, String... memberIds) {
        return rooms.put(new Room(id, code, anchor, openedAt, openedAt.plusSeconds(180), "group-" + id,
                List.of(memberIds), null));
    }

    UserDirectory userDirectory() {
        return new UserDirectory() {
            @Override
            public Map<String, UserSummary> find(Collection<String> userIds) {
                Map<String, UserSummary> found = new HashMap<>();
                userIds.stream().filter(users::containsKey).forEach(id -> found.put(id, users.get(id)));
                return found;
            }

            @Override
            public boolean areContacts(String userA, String userB) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Set<String> contactsAmong(String userId, Collection<String> userIds) {
                throw new UnsupportedOperationException();
            }
        };
    }

    EnterRoom enterRoom() {
        var useCase = new EnterRoom();
        useCase.rooms = rooms;
        useCase.groups = groups;
        useCase.limit = limit;
        return useCase;
    }

    JoinRoom joinRoom() {
        var useCase = new JoinRoom();
        useCase.rooms = rooms;
        useCase.users = userDirectory();
        useCase.userEvents = userEvents;
        useCase.settings = settings;
        useCase.limit = limit;
        return useCase;
    }
}
