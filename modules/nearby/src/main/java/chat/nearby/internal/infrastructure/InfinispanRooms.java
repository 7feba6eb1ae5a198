package chat.nearby.internal.infrastructure;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import ch.hsr.geohash.GeoHash;
import chat.nearby.internal.domain.Position;
import chat.nearby.internal.domain.Room;
import chat.nearby.internal.domain.Rooms;
import chat.platform.cache.CacheName;
import chat.platform.cache.SharedCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import chat.platform.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * Rooms in the shared cache {@code nearby.rooms}, so people on different nodes meet:
 * {@code room:<id>} holds the room (JSON) until it expires, and {@code cell:<code>:<geohash>} lists
 * the rooms of a code opened in a geohash cell of precision 6 (about 1.2 x 0.6 km). A search reads
 * the cell of the position and its eight neighbours, which cover more than 50 m in every direction
 * at any latitude a city lies at; distances are then checked one by one.
 */
@ApplicationScoped
class InfinispanRooms implements Rooms {

    static final int CELL_PRECISION = 6;

    @Inject
    @CacheName("nearby.rooms")
    SharedCache<String> entries;

    @Override
    public List<Room> near(String code, Position position) {
        GeoHash here = GeoHash.withCharacterPrecision(position.lat(), position.lon(), CELL_PRECISION);
        Set<String> cells = new LinkedHashSet<>();
        cells.add(cellKey(code, here));
        Arrays.stream(here.getAdjacent()).forEach(cell -> cells.add(cellKey(code, cell)));
        Set<String> roomKeys = new LinkedHashSet<>();
        entries.getAll(cells).values().forEach(ids -> Arrays.stream(ids.split(" ")).forEach(id -> roomKeys.add(roomKey(id))));
        List<Room> rooms = new ArrayList<>();
        entries.getAll(roomKeys).values().forEach(json -> rooms.add(parse(json)));
        return rooms;
    }

    @Override
    public void open(Room room) {
        Duration lifespan = remaining(room);
        entries.put(roomKey(room.id()), json(room), lifespan);
        String cell = cellKey(room.code(),
                GeoHash.withCharacterPrecision(room.anchor().lat(), room.anchor().lon(), CELL_PRECISION));
        while (!entries.putIfAbsent(cell, room.id(), lifespan)) {
            Optional<String> listed = entries.get(cell);
            if (listed.isPresent() && entries.replace(cell, listed.get(), listed.get() + " " + room.id(), lifespan)) {
                return;
            }
        }
    }

    @Override
    public Optional<Room> find(String roomId) {
        return entries.get(roomKey(roomId)).map(InfinispanRooms::parse);
    }

    @Override
    public Optional<Room> update(String roomId, UnaryOperator<Room> change) {
        while (true) {
            Optional<String> stored = entries.get(roomKey(roomId));
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            Room changed = change.apply(parse(stored.get()));
            String json = json(changed);
            if (json.equals(stored.get()) || entries.replace(roomKey(roomId), stored.get(), json, remaining(changed))) {
                return Optional.of(changed);
            }
        }
    }

    private static Duration remaining(Room room) {
        Duration left = Duration.between(Instant.now(), room.expiresAt());
        return left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left;
    }

    private static String roomKey(String id) {
        return "room:" + id;
    }

    private static String cellKey(String code, GeoHash cell) {
        return "cell:" + code + ":" + cell.toBase32();
    }

    static String json(Room room) {
        var json = Json.createObjectBuilder().add("id", room.id()).add("code", room.code())
                .add("lat", room.anchor().lat()).add("lon", room.anchor().lon())
                .add("openedAt", room.openedAt().toString()).add("expiresAt", room.expiresAt().toString())
                .add("groupId", room.groupId()).add("members", Json.createArrayBuilder(room.memberIds()));
        if (room.moved()) {
            json.add("movedTo", room.movedTo());
        }
        return json.build().toString();
    }

    static Room parse(String text) {
        JsonObject j = Json.createReader(new StringReader(text)).readObject();
        return new Room(j.getString("id"), j.getString("code"),
                new Position(j.getJsonNumber("lat").doubleValue(), j.getJsonNumber("lon").doubleValue()),
                Instant.parse(j.getString("openedAt")), Instant.parse(j.getString("expiresAt")), j.getString("groupId"),
                j.getJsonArray("members").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                j.getString("movedTo", null));
    }
}
