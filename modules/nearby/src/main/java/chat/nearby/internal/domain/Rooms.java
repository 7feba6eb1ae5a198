package chat.nearby.internal.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The open rooms, shared by every node; each lives until its {@code expiresAt}. */
public interface Rooms {

    /** Hops followed from a moved room to the room its people are in now. */
    int MAX_MOVES = 10;

    /** Rooms of this code whose anchor lies in the area around the position (they may still be out of reach). */
    List<Room> near(String code, Position position);

    /** Stores a new room and lists it under its anchor's area. */
    void open(Room room);

    Optional<Room> find(String roomId);

    /** Changes a room atomically (compare-and-set, retried); empty when it expired meanwhile. */
    Optional<Room> update(String roomId, UnaryOperator<Room> change);

    /** The room whose people a room id stands for now, following moves. */
    default Optional<Room> current(String roomId) {
        Optional<Room> room = find(roomId);
        for (int hop = 0; hop < MAX_MOVES && room.isPresent() && room.get().moved(); hop++) {
            room = find(room.get().movedTo());
        }
        return room.filter(r -> !r.moved());
    }

    /** Changes the room a room id stands for now: the change applies to a live room only, following moves. */
    default Optional<Room> updateCurrent(String roomId, UnaryOperator<Room> change) {
        String id = roomId;
        for (int hop = 0; hop < MAX_MOVES; hop++) {
            Optional<Room> room = update(id, r -> r.moved() ? r : change.apply(r));
            if (room.isEmpty() || !room.get().moved()) {
                return room;
            }
            id = room.get().movedTo();
        }
        return Optional.empty();
    }
}
