package chat.groups.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import chat.groups.api.Role;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;

class ChangeRoleTest {

    private final GroupsFixture fixture = new GroupsFixture();
    private final ChangeRole changeRole = fixture.changeRole();

    @Test
    void theOwnerMakesAMemberAnAdmin() {
        fixture.group("g", "ann", 500, "bob");
        changeRole.change("ann", "g", "bob", "ADMIN");
        assertEquals(Role.ADMIN, fixture.roleOf("g", "bob"));
        assertEquals(List.of("role g bob ADMIN by ann"), fixture.events.told);
    }

    @Test
    void theOwnerMakesAnAdminAMemberAgain() {
        fixture.group("g", "ann", 500, "bob");
        fixture.role("g", "bob", Role.ADMIN);
        changeRole.change("ann", "g", "bob", "MEMBER");
        assertEquals(Role.MEMBER, fixture.roleOf("g", "bob"));
        assertEquals(List.of("role g bob MEMBER by ann"), fixture.events.told);
    }

    @Test
    void aRoleAlreadyHeldChangesNothingAndTellsNobody() {
        fixture.group("g", "ann", 500, "bob");
        changeRole.change("ann", "g", "bob", "MEMBER");
        assertEquals(Role.MEMBER, fixture.roleOf("g", "bob"));
        assertEquals(List.of(), fixture.events.told);
    }

    @Test
    void nobodyIsMadeOwnerByARoleChange() {
        fixture.group("g", "ann", 500, "bob");
        var refused = assertThrows(InvalidInputException.class, () -> changeRole.change("ann", "g", "bob", "OWNER"));
        assertEquals("role", refused.field());
        assertEquals("role: must be ADMIN or MEMBER", refused.getMessage());
    }

    @Test
    void aRoleInTheWrongCaseIsRefused() {
        fixture.group("g", "ann", 500, "bob");
        assertEquals("role", assertThrows(InvalidInputException.class,
                () -> changeRole.change("ann", "g", "bob", "admin")).field());
    }

    @Test
    void aMissingRoleIsRefused() {
        fixture.group("g", "ann", 500, "bob");
        assertEquals("role", assertThrows(InvalidInputException.class,
                () -> changeRole.change("ann", "g", "bob", null)).field());
    }

    @Test
    void aBadRoleIsRefusedBeforeTheGroupIsLookedUp() {
        assertThrows(InvalidInputException.class, () -> changeRole.change("ann", "nope", "bob", "KING"));
    }

    @Test
    void anAdminMayNotChangeRoles() {
        fixture.group("g", "ann", 500, "bob", "cat");
        fixture.role("g", "bob", Role.ADMIN);
        assertThrows(ForbiddenException.class, () -> changeRole.change("bob", "g", "cat", "ADMIN"));
        assertEquals(Role.MEMBER, fixture.roleOf("g", "cat"));
    }

    @Test
    void aPlainMemberMayNotChangeRoles() {
        fixture.group("g", "ann", 500, "bob", "cat");
        assertThrows(ForbiddenException.class, () -> changeRole.change("bob", "g", "cat", "ADMIN"));
    }

    @Test
    void theOwnersRoleChangesOnlyByATransfer() {
        fixture.group("g", "ann", 500, "bob");
        var refused = assertThrows(ForbiddenException.class, () -> changeRole.change("ann", "g", "ann", "ADMIN"));
        assertEquals("the owner's role changes only by a transfer", refused.getMessage());
        assertEquals(Role.OWNER, fixture.roleOf("g", "ann"));
    }

    @Test
    void someoneOutsideTheGroupCannotBeGivenARole() {
        fixture.group("g", "ann", 500, "bob");
        assertThrows(NotFoundException.class, () -> changeRole.change("ann", "g", "eve", "ADMIN"));
    }

    @Test
    void someoneOutsideTheGroupIsNotToldItExists() {
        fixture.group("g", "ann", 500, "bob");
        assertThrows(NotFoundException.class, () -> changeRole.change("eve", "g", "bob", "ADMIN"));
    }

    @Test
    void aDirectChatHasNoRoles() {
        fixture.direct("d", "ann", "bob");
        assertThrows(ForbiddenException.class, () -> changeRole.change("ann", "d", "bob", "ADMIN"));
    }
}
