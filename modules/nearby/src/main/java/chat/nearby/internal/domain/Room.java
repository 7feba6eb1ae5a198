package chat.nearby.internal.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A face-to-face room: opened by someone at {@code anchor} with a code; people within reach of the
 * anchor who type the same code join it until it expires. {@code groupId} is chosen when it opens:
 * the group its people enter. When two rooms open in reach of each other at the same moment, the
 * newer one moves into the older: its people are carried over and {@code movedTo} points there,
 * so whoever holds the newer room's id still ends in the same group.
 *
 * @param movedTo null while the room is live, else the room its people moved to
 */
public record Room(String id, String code, Position anchor, Instant openedAt, Instant expiresAt, String groupId,
                   List<String> memberIds, String movedTo) {

    public Room {
        memberIds = List.copyOf(memberIds);
    }

    public boolean has(String userId) {
        return memberIds.contains(userId);
    }

    public Room with(String userId) {
        return withAll(List.of(userId));
    }

    public Room withAll(Collection<String> userIds) {
        List<String> more = new ArrayList<>(memberIds);
        userIds.stream().filter(u -> !more.contains(u)).forEach(more::add);
        return new Room(id, code, anchor, openedAt, expiresAt, groupId, more, movedTo);
    }

    public Room movedInto(String olderRoomId) {
        return new Room(id, code, anchor, openedAt, expiresAt, groupId, memberIds, olderRoomId);
    }

    public boolean moved() {
        return movedTo != null;
    }

    /** Of two rooms a person could be in, the one opened first wins (ties: the smaller id). */
    public boolean openedBefore(Room other) {
        int byTime = openedAt.compareTo(other.openedAt);
        return byTime < 0 || (byTime == 0 && id.compareTo(other.id) < 0);
    }
}
