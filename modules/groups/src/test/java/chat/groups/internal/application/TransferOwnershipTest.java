package chat.groups.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import chat.groups.api.Role;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;

class TransferOwnershipTest {

    private final GroupsFixture fixture = new GroupsFixture();
    private final TransferOwnership transfer = fixture.transferOwnership();

    @Test
    void theNewOwnerOwnsTheGroup() {
        fixture.group("g", "ann", 500, "bob");
        transfer.transfer("ann", "g", "bob");
        assertEquals(Role.OWNER, fixture.roleOf("g", "bob"));
        assertEquals("bob", fixture.conversations.get("g").ownerId());
    }

    @Test
    void theFormerOwnerStaysOnAsAnAdmin() {
        fixture.group("g", "ann", 500, "bob");
        transfer.transfer("ann", "g", "bob");
        assertEquals(Role.ADMIN, fixture.roleOf("g", "ann"));
    }

    @Test
    void anAdminCanBeMadeOwner() {
        fixture.group("g", "ann", 500, "bob");
        fixture.role("g", "bob", Role.ADMIN);
        transfer.transfer("ann", "g", "bob");
        assertEquals(Role.OWNER, fixture.roleOf("g", "bob"));
    }

    @Test
    void bothChangesAreToldWithTheGroupUnderItsNewOwner() {
        fixture.group("g", "ann", 500, "bob");
        transfer.transfer("ann", "g", "bob");
        assertEquals(List.of("role g bob OWNER by ann", "role g ann ADMIN by ann"), fixture.events.told);
        assertEquals("bob", fixture.events.groups.get(0).ownerId());
    }

    @Test
    void anAdminMayNotTransferTheGroup() {
        fixture.group("g", "ann", 500, "bob", "cat");
        fixture.role("g", "bob", Role.ADMIN);
        assertThrows(ForbiddenException.class, () -> transfer.transfer("bob", "g", "cat"));
        assertEquals("ann", fixture.conversations.get("g").ownerId());
    }

    @Test
    void theOwnerCannotTransferToThemselves() {
        fixture.group("g", "ann", 500, "bob");
        var refused = assertThrows(InvalidInputException.class, () -> transfer.transfer("ann", "g", "ann"));
        assertEquals("userId", refused.field());
        assertEquals("userId: is already the owner", refused.getMessage());
    }

    @Test
    void aTransferToSomeoneOutsideTheGroupIsNotFoundAndChangesNothing() {
        fixture.group("g", "ann", 500, "bob");
        assertThrows(NotFoundException.class, () -> transfer.transfer("ann", "g", "eve"));
        assertEquals(Role.OWNER, fixture.roleOf("g", "ann"));
        assertEquals("ann", fixture.conversations.get("g").ownerId());
        assertEquals(List.of(), fixture.events.told);
    }

    @Test
    void aDirectChatHasNoOwnerToTransfer() {
        fixture.direct("d", "ann", "bob");
        assertThrows(ForbiddenException.class, () -> transfer.transfer("ann", "d", "bob"));
    }
}
