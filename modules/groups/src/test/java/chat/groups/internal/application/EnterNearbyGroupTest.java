package chat.groups.internal.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import chat.groups.api.Role;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;

class EnterNearbyGroupTest {

    private final GroupsFixture fixture = new GroupsFixture();
    private final EnterNearbyGroup enter = fixture.enterNearbyGroup(GroupsFixture.SERVER_LIMIT);

    @Test
    void theFirstToEnterOwnsTheGroupUnderTheRoomsId() {
        enter.enter("room-1", "Nearby 0420", "ann");
        var group = fixture.conversations.get("room-1");
        assertEquals("ann", group.ownerId());
        assertEquals("Nearby 0420", group.name());
        assertEquals(Role.OWNER, fixture.roleOf("room-1", "ann"));
    }

    @Test
    void aNearbyGroupHasTheDefaultCapAndOneMember() {
        enter.enter("room-1", "Nearby 0420", "ann");
        assertEquals(500, fixture.conversations.get("room-1").maxMembers());
        assertEquals(1, fixture.conversations.get("room-1").memberCount());
    }

    @Test
    void theFirstToEnterIsToldAsACreation() {
        enter.enter("room-1", "Nearby 0420", "ann");
        assertEquals(List.of("created room-1 [ann] by ann"), fixture.events.told);
    }

    @Test
    void whoeverEntersNextTakesASeatAsAMember() {
        enter.enter("room-1", "Nearby 0420", "ann");
        enter.enter("room-1", "Nearby 0420", "bob");
        assertEquals(Role.MEMBER, fixture.roleOf("room-1", "bob"));
        assertEquals(2, fixture.conversations.get("room-1").memberCount());
        assertEquals("joined room-1 [bob] by bob", fixture.events.told.get(1));
    }

    @Test
    void enteringAgainChangesNothing() {
        enter.enter("room-1", "Nearby 0420", "ann");
        enter.enter("room-1", "Nearby 0420", "bob");
        enter.enter("room-1", "Nearby 0420", "bob");
        enter.enter("room-1", "Nearby 0420", "ann");
        assertEquals(2, fixture.conversations.get("room-1").memberCount());
        assertEquals(Role.OWNER, fixture.roleOf("room-1", "ann"));
        assertEquals(2, fixture.events.told.size());
    }

    @Test
    void aRoomWhoseGroupWasDisbandedIsGone() {
        enter.enter("room-1", "Nearby 0420", "ann");
        fixture.conversations.disband("room-1");
        var refused = assertThrows(NotFoundException.class, () -> enter.enter("room-1", "Nearby 0420", "bob"));
        assertEquals("the group of this room is gone", refused.getMessage());
    }

    @Test
    void aRoomNameMustBeAGroupName() {
        assertEquals("name", assertThrows(InvalidInputException.class, () -> enter.enter("room-1", " ", "ann")).field());
    }

    @Test
    void aNearbyGroupOpensUnderAServerLimitBelowTheDefaultCap() {
        var small = fixture.enterNearbyGroup(100);
        assertDoesNotThrow(() -> small.enter("room-1", "Nearby 0420", "ann"));
        assertEquals(100, fixture.conversations.get("room-1").maxMembers());
    }
}
