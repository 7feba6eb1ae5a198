package chat.groups.internal.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import chat.groups.api.Role;
import chat.platform.errors.ConflictException;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.NotFoundException;

class RemoveMemberTest {

    private final GroupsFixture fixture = new GroupsFixture();
    private final RemoveMember remove = fixture.removeMember();

    @Test
    void aMemberLeavesAndFreesTheirSeat() {
        fixture.group("g", "ann", 500, "bob", "cat");
        remove.remove("bob", "g", "bob");
        assertNull(fixture.members.get("g", "bob"));
        assertEquals(2, fixture.conversations.get("g").memberCount());
    }

    @Test
    void aLeavingMemberIsToldAsLeftNotKicked() {
        fixture.group("g", "ann", 500, "bob");
        remove.remove("bob", "g", "bob");
        assertEquals(List.of("left g bob by bob"), fixture.events.told);
    }

    @Test
    void anAdminMayLeave() {
        fixture.group("g", "ann", 500, "bob");
        fixture.role("g", "bob", Role.ADMIN);
        assertDoesNotThrow(() -> remove.remove("bob", "g", "bob"));
    }

    @Test
    void theOwnerMustTransferTheGroupBeforeLeaving() {
        fixture.group("g", "ann", 500, "bob");
        var refused = assertThrows(ConflictException.class, () -> remove.remove("ann", "g", "ann"));
        assertEquals("OWNER_MUST_TRANSFER", refused.code());
        assertEquals(409, refused.status());
        assertEquals(Role.OWNER, fixture.roleOf("g", "ann"));
    }

    @Test
    void theOwnerKicksAMember() {
        fixture.group("g", "ann", 500, "bob");
        remove.remove("ann", "g", "bob");
        assertNull(fixture.members.get("g", "bob"));
        assertEquals(List.of("kicked g bob by ann"), fixture.events.told);
    }

    @Test
    void theOwnerKicksAnAdmin() {
        fixture.group("g", "ann", 500, "bob");
        fixture.role("g", "bob", Role.ADMIN);
        remove.remove("ann", "g", "bob");
        assertNull(fixture.members.get("g", "bob"));
    }

    @Test
    void anAdminKicksAMember() {
        fixture.group("g", "ann", 500, "bob", "cat");
        fixture.role("g", "bob", Role.ADMIN);
        remove.remove("bob", "g", "cat");
        assertNull(fixture.members.get("g", "cat"));
    }

    @Test
    void anAdminMayNotKickAnotherAdmin() {
        fixture.group("g", "ann", 500, "bob", "cat");
        fixture.role("g", "bob", Role.ADMIN);
        fixture.role("g", "cat", Role.ADMIN);
        assertThrows(ForbiddenException.class, () -> remove.remove("bob", "g", "cat"));
        assertEquals(Role.ADMIN, fixture.roleOf("g", "cat"));
    }

    @Test
    void anAdminMayNotKickTheOwner() {
        fixture.group("g", "ann", 500, "bob");
        fixture.role("g", "bob", Role.ADMIN);
        assertThrows(ForbiddenException.class, () -> remove.remove("bob", "g", "ann"));
    }

    @Test
    void aPlainMemberMayNotKickAnyone() {
        fixture.group("g", "ann", 500, "bob", "cat");
        assertThrows(ForbiddenException.class, () -> remove.remove("bob", "g", "cat"));
    }

    @Test
    void kickingSomeoneOutsideTheGroupIsNotFound() {
        fixture.group("g", "ann", 500, "bob");
        assertThrows(NotFoundException.class, () -> remove.remove("ann", "g", "eve"));
    }

    @Test
    void aMemberRemovedMeanwhileIsNeitherUncountedTwiceNorToldTwice() {
        fixture.group("g", "ann", 500, "bob");
        fixture.members.beforeRemove = () -> {
            fixture.members.beforeRemove = () -> { };
            fixture.members.remove("g", "bob");
        };
        remove.remove("ann", "g", "bob");
        assertEquals(2, fixture.conversations.get("g").memberCount());
        assertEquals(List.of(), fixture.events.told);
    }

    @Test
    void nobodyLeavesADirectChat() {
        fixture.direct("d", "ann", "bob");
        assertThrows(ForbiddenException.class, () -> remove.remove("ann", "d", "ann"));
    }
}
