package chat.nearby.internal.application;

import chat.groups.api.NearbyGroups;
import chat.nearby.internal.domain.Room;
import chat.nearby.internal.domain.Rooms;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The people of a room enter its group: the first makes it (and owns it), the rest join it. */
@ApplicationScoped
public class EnterRoom {

    @Inject
    Rooms rooms;

    @Inject
    NearbyGroups groups;

    @Inject
    RoomEntryLimit limit;

    /** Answers the group's id; 404 for a room that expired or that the caller is not in; 429 past the rate limit. */
    public String enter(String userId, String roomId) {
        limit.acquire(userId);
        Room room = rooms.current(roomId).filter(r -> r.has(userId))
                .orElseThrow(() -> new NotFoundException("no room " + roomId + " with you in it (rooms last a few minutes)"));
        groups.enter(room.groupId(), "Face to face " + room.code(), userId);
        return room.groupId();
    }
}
