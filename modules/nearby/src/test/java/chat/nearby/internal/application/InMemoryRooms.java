package chat.nearby.internal.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import chat.nearby.internal.domain.Position;
import chat.nearby.internal.domain.Room;
import chat.nearby.internal.domain.Rooms;

/** Open rooms by id; near answers every room of the code (the area is left to the use case's reach check). */
class InMemoryRooms implements Rooms {

    final Map<String, Room> byId = new LinkedHashMap<>();
    /** Runs at the end of each open: lets a test have someone else open a room at the same moment. */
    Runnable afterOpen = () -> { };

    Room put(Room room) {
        byId.put(room.id(), room);
        return room;
    }

    void expire(String roomId) {
        byId.remove(roomId);
    }

    @Override
    public List<Room> near(String code, Position position) {
        return byId.values().stream().filter(r -> r.code().equals(code)).toList();
    }

    @Override
    public void open(Room room) {
        put(room);
        afterOpen.run();
    }

    @Override
    public Optional<Room> find(String roomId) {
        return Optional.ofNullable(byId.get(roomId));
    }

    @Override
    public Optional<Room> update(String roomId, UnaryOperator<Room> change) {
        return find(roomId).map(change).map(this::put);
    }
}
