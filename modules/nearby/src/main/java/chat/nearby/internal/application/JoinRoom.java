package chat.nearby.internal.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import chat.identity.api.UserDirectory;
import chat.identity.api.UserSummary;
import chat.nearby.internal.domain.Position;
import chat.nearby.internal.domain.Room;
import chat.nearby.internal.domain.RoomRules;
import chat.nearby.internal.domain.Rooms;
import chat.identity.api.UserEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import chat.platform.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/**
 * Puts a person in the room of their code within reach: the oldest such room, or a new one they
 * open. Two people in reach who open rooms at the same moment converge: after opening, the newer
 * room moves into the older one, with anyone who joined it meanwhile. Everyone in the room hears
 * who is there.
 */
@ApplicationScoped
public class JoinRoom {

    private static final int ATTEMPTS = 5;
    private static final Comparator<Room> OLDEST_FIRST = Comparator.comparing(Room::openedAt).thenComparing(Room::id);

    @Inject
    Rooms rooms;

    @Inject
    UserDirectory users;

    @Inject
    UserEvents userEvents;

    @Inject
    NearbySettings settings;

    @Inject
    RoomEntryLimit limit;

    /** A room and the people in it, as the caller sees it. */
    public record Joined(Room room, List<UserSummary> members) {
    }

    public Joined join(String userId, String code, Position position) {
        String checked = RoomRules.code(code);
        limit.acquire(userId);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Room> joined = oldestInReach(checked, position)
                    .flatMap(room -> rooms.updateCurrent(room.id(), r -> r.with(userId)))
                    .or(() -> openAndSettle(userId, checked, position));
            if (joined.isPresent()) {
                return announce(joined.get());
            }
        }
        throw new IllegalStateException("rooms of code " + checked + " kept expiring under a join");
    }

    /**
     * Opens a room, then settles with the rooms in reach: each newer one moves into the oldest.
     * Whichever of two rooms opened at the same moment became visible last, its opener sees the
     * other one here, so two people in reach never stay in two rooms.
     */
    private Optional<Room> openAndSettle(String userId, String code, Position position) {
        Instant now = Instant.now();
        Room mine = new Room(UUID.randomUUID().toString(), code, position, now, now.plus(settings.roomLifespan()),
                UUID.randomUUID().toString(), List.of(userId), null);
        rooms.open(mine);
        List<Room> inReach = liveInReach(code, position);
        inReach.stream().min(OLDEST_FIRST).ifPresent(oldest -> inReach.stream()
                .filter(room -> !room.id().equals(oldest.id()) && RoomRules.withinReach(room.anchor(), oldest.anchor()))
                .forEach(newer -> merge(newer, oldest)));
        return rooms.current(mine.id());
    }

    /** The move freezes the newer room's people (joins compare-and-set the same entry) and carries them over. */
    private void merge(Room newer, Room older) {
        rooms.update(newer.id(), r -> r.moved() ? r : r.movedInto(older.id()))
                .filter(moved -> older.id().equals(moved.movedTo()))
                .ifPresent(moved -> rooms.updateCurrent(older.id(), r -> r.withAll(moved.memberIds())));
    }

    private List<Room> liveInReach(String code, Position position) {
        return rooms.near(code, position).stream()
                .filter(room -> !room.moved() && RoomRules.withinReach(room.anchor(), position))
                .toList();
    }

    private Optional<Room> oldestInReach(String code, Position position) {
        return liveInReach(code, position).stream().min(OLDEST_FIRST);
    }

    private Joined announce(Room room) {
        Map<String, UserSummary> known = users.find(room.memberIds());
        List<UserSummary> members = room.memberIds().stream().map(known::get).filter(Objects::nonNull).toList();
        userEvents.publishNow(room.memberIds(), frame(room, members));
        return new Joined(room, members);
    }

    private static JsonObject frame(Room room, List<UserSummary> members) {
        return Json.createObjectBuilder().add("type", "event").add("event", "nearby.members").add("roomId", room.id())
                .add("code", room.code()).add("members", membersJson(members)).build();
    }

    // JSON-P stays for the nearby.members WebSocket frame; the REST answer's records write the same bytes (NearbyAnswersTest).
    /** {@code [{userId, nickname, avatarUrl}]}, as the contract shows a room's people. */
    public static JsonArrayBuilder membersJson(List<UserSummary> members) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (UserSummary m : members) {
            var member = Json.createObjectBuilder().add("userId", m.id()).add("nickname", m.nickname());
            if (m.avatarUrl() == null) {
                member.addNull("avatarUrl");
            } else {
                member.add("avatarUrl", m.avatarUrl());
            }
            array.add(member);
        }
        return array;
    }
}
