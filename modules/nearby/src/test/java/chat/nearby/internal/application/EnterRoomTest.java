package chat.nearby.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.platform.errors.NotFoundException;
import chat.platform.errors.RateLimitedException;

class EnterRoomTest {

    private final NearbyFixture fixture = new NearbyFixture();
    private final EnterRoom enter = fixture.enterRoom();

    @Test
    void someoneInTheRoomEntersItsGroup() {
        fixture.room("r1", "1234", NearbyFixture.HERE, Instant.now(), "ann", "bob");
        assertEquals("group-r1", enter.enter("bob", "r1"));
        assertEquals(List.of("bob entered group-r1 Face to face 1234"), fixture.entered);
    }

    @Test
    void aMovedRoomsIdLeadsToTheRoomItsPeopleMovedTo() {
        fixture.room("old", "1234", NearbyFixture.HERE, Instant.now().minusSeconds(5), "ann", "bob");
        fixture.rooms.put(fixture.room("new", "1234", NearbyFixture.HERE, Instant.now(), "bob").movedInto("old"));
        assertEquals("group-old", enter.enter("bob", "new"));
    }

    @Test
    void someoneNotInTheRoomCannotEnterItsGroup() {
        fixture.room("r1", "1234", NearbyFixture.HERE, Instant.now(), "ann");
        assertThrows(NotFoundException.class, () -> enter.enter("eve", "r1"));
        assertEquals(List.of(), fixture.entered);
    }

    @Test
    void anExpiredRoomIsNotFound() {
        fixture.room("r1", "1234", NearbyFixture.HERE, Instant.now(), "ann");
        fixture.rooms.expire("r1");
        assertThrows(NotFoundException.class, () -> enter.enter("ann", "r1"));
    }

    @Test
    void pastTheRateLimitNobodyEnters() {
        fixture.room("r1", "1234", NearbyFixture.HERE, Instant.now(), "ann");
        for (int i = 0; i < 10; i++) {
            fixture.limit.acquire("ann");
        }
        assertThrows(RateLimitedException.class, () -> enter.enter("ann", "r1"));
        assertEquals(List.of(), fixture.entered);
    }

    @Test
    void theRateLimitCountsEvenAnEntryThatIsRefused() {
        for (int i = 0; i < 10; i++) {
            assertThrows(NotFoundException.class, () -> enter.enter("eve", "nope"));
        }
        assertThrows(RateLimitedException.class, () -> enter.enter("eve", "nope"));
    }
}
