package chat.nearby.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import chat.identity.api.UserSummary;
import chat.nearby.internal.domain.Room;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.RateLimitedException;

class JoinRoomTest {

    private final NearbyFixture fixture = new NearbyFixture();
    private final JoinRoom join = fixture.joinRoom();

    @BeforeEach
    void people() {
        fixture.user("ann", "Ann");
        fixture.user("bob", "Bob");
        fixture.user("cat", "Cat");
    }

    private static List<String> ids(List<UserSummary> members) {
        return members.stream().map(UserSummary::id).toList();
    }

    @Test
    void theFirstPersonOpensARoomThatLastsTheConfiguredTime() {
        var joined = join.join("ann", "1234", NearbyFixture.HERE);
        Room room = joined.room();
        assertEquals("1234", room.code());
        assertEquals(NearbyFixture.HERE, room.anchor());
        assertEquals(room.openedAt().plusSeconds(180), room.expiresAt());
        assertEquals(List.of("ann"), ids(joined.members()));
        assertEquals(List.of(room), List.copyOf(fixture.rooms.byId.values()));
    }

    @Test
    void someoneInReachWithTheSameCodeJoinsTheOpenRoomAndEveryoneHearsWhoIsThere() {
        Room open = fixture.room("r1", "1234", NearbyFixture.HERE, Instant.now(), "ann");
        var joined = join.join("bob", "1234", NearbyFixture.NEXT_DOOR);
        assertEquals(open.id(), joined.room().id());
        assertEquals(List.of("ann", "bob"), ids(joined.members()));
        assertEquals(List.of(List.of("ann", "bob")), fixture.toldTo);
        var frame = fixture.frames.get(0);
        assertEquals("nearby.members", frame.getString("event"));
        assertEquals("r1", frame.getString("roomId"));
        assertEquals("Bob", frame.getJsonArray("members").getJsonObject(1).getString("nickname"));
        assertTrue(frame.getJsonArray("members").getJsonObject(1).isNull("avatarUrl"));
    }

    @Test
    void joiningTwiceKeepsOnePlaceInTheRoom() {
        fixture.room("r1", "1234", NearbyFixture.HERE, Instant.now(), "ann");
        join.join("bob", "1234", NearbyFixture.HERE);
        assertEquals(List.of("ann", "bob"), ids(join.join("bob", "1234", NearbyFixture.HERE).members()));
    }

    @Test
    void someoneOutOfReachOpensARoomOfTheirOwn() {
        fixture.room("r1", "1234", NearbyFixture.HERE, Instant.now(), "ann");
        var joined = join.join("bob", "1234", NearbyFixture.ACROSS_TOWN);
        assertNotEquals("r1", joined.room().id());
        assertEquals(List.of("bob"), ids(joined.members()));
        assertEquals(List.of("ann"), fixture.rooms.byId.get("r1").memberIds());
    }

    @Test
    void anotherCodeIsAnotherRoom() {
        fixture.room("r1", "1234", NearbyFixture.HERE, Instant.now(), "ann");
        assertNotEquals("r1", join.join("bob", "9999", NearbyFixture.HERE).room().id());
    }

    @Test
    void ofTwoRoomsInReachTheOldestIsJoined() {
        Instant now = Instant.now();
        fixture.room("newer", "1234", NearbyFixture.HERE, now, "bob");
        fixture.room("older", "1234", NearbyFixture.HERE, now.minusSeconds(30), "ann");
        assertEquals("older", join.join("cat", "1234", NearbyFixture.HERE).room().id());
    }

    @Test
    void aRoomOpenedAtTheSameMomentInReachMovesIntoTheOlderWithItsPeople() {
        Room older = new Room("older", "1234", NearbyFixture.HERE, Instant.now().minusSeconds(1),
                Instant.now().plusSeconds(180), "group-older", List.of("ann"), null);
        fixture.rooms.afterOpen = () -> {
            fixture.rooms.afterOpen = () -> { };
            fixture.rooms.put(older);
        };
        var joined = join.join("bob", "1234", NearbyFixture.HERE);
        assertEquals("older", joined.room().id());
        assertEquals(List.of("ann", "bob"), ids(joined.members()));
        Room mine = fixture.rooms.byId.values().stream().filter(r -> !r.id().equals("older")).findFirst().orElseThrow();
        assertEquals("older", mine.movedTo());
    }

    @Test
    void aMovedRoomIsNotJoined() {
        fixture.room("older", "1234", NearbyFixture.HERE, Instant.now().minusSeconds(30), "ann");
        fixture.rooms.put(fixture.room("moved", "1234", NearbyFixture.HERE, Instant.now().minusSeconds(60), "bob")
                .movedInto("older"));
        assertEquals("older", join.join("cat", "1234", NearbyFixture.HERE).room().id());
    }

    @Test
    void aMemberNoLongerKnownIsLeftOutOfTheList() {
        fixture.room("r1", "1234", NearbyFixture.HERE, Instant.now(), "ghost");
        var joined = join.join("ann", "1234", NearbyFixture.HERE);
        assertEquals(List.of("ann"), ids(joined.members()));
        assertEquals(List.of(List.of("ghost", "ann")), fixture.toldTo);
    }

    @Test
    void aCodeThatIsNotFourDigitsIsRefused() {
        assertEquals("code", assertThrows(InvalidInputException.class,
                () -> join.join("ann", "12a4", NearbyFixture.HERE)).field());
    }

    @Test
    void aBadCodeIsRefusedBeforeItCountsAgainstTheLimit() {
        for (int i = 0; i < 10; i++) {
            assertThrows(InvalidInputException.class, () -> join.join("ann", "x", NearbyFixture.HERE));
        }
        join.join("ann", "1234", NearbyFixture.HERE);
    }

    @Test
    void pastTheRateLimitNobodyJoins() {
        for (int i = 0; i < 10; i++) {
            join.join("ann", "1234", NearbyFixture.HERE);
        }
        assertThrows(RateLimitedException.class, () -> join.join("ann", "1234", NearbyFixture.HERE));
    }
}
