package chat.nearby.internal.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.identity.api.UserSummary;
import chat.nearby.internal.application.JoinRoom;
import chat.nearby.internal.domain.Position;
import chat.nearby.internal.domain.Room;
import chat.platform.rest.JsonBinding;

/**
 * The nearby answers, as JSON-B writes them, are the bytes the JSON-P builders wrote: the room's
 * fields in the contract's order, a member without an avatar written as null, the same members as
 * the {@code nearby.members} WebSocket frame carries.
 */
class NearbyAnswersTest {

    private static final List<UserSummary> PEOPLE = List.of(new UserSummary("u1", "ann.lee", "Ann", "/api/v1/media/a1"),
            new UserSummary("u2", "bo", "Bo", null));

    private static String json(Object answer) {
        return JsonBinding.jsonb().toJson(answer);
    }

    private static JoinRoom.Joined joined() {
        Instant opened = Instant.parse("2026-12-05T12:00:00.123456Z");
        Room room = new Room("r1", "4821", new Position(31.2304, 121.4737), opened, opened.plusSeconds(180), "g1",
                List.of("u1", "u2"), null);
        return new JoinRoom.Joined(room, PEOPLE);
    }

    @Test
    void aRoomListsItsPeopleAndWhenItEnds() {
        assertEquals("{\"roomId\":\"r1\",\"code\":\"4821\",\"members\":[{\"userId\":\"u1\",\"nickname\":\"Ann\","
                + "\"avatarUrl\":\"/api/v1/media/a1\"},{\"userId\":\"u2\",\"nickname\":\"Bo\",\"avatarUrl\":null}],"
                + "\"expiresAt\":\"2026-12-05T12:03:00.123456Z\"}", json(NearbyRoomView.of(joined())));
    }

    @Test
    void theRoomsMembersAreTheOnesItsWebSocketFrameCarries() {
        String frameMembers = JoinRoom.membersJson(PEOPLE).build().toString();
        assertEquals(frameMembers, json(NearbyRoomView.of(joined()).members()));
    }

    @Test
    void enteringAnswersTheGroup() {
        assertEquals("{\"groupId\":\"g1\"}", json(new RoomEntryView("g1")));
    }

    @Test
    void coordinatesMayBeWholeNumbersOrFractions() {
        var join = JsonBinding.jsonb().fromJson("{\"code\":\"4821\",\"lat\":-90,\"lon\":121.4737}", NearbyRoomJoin.class);
        assertEquals(new NearbyRoomJoin("4821", -90.0, 121.4737), join);
    }
}
