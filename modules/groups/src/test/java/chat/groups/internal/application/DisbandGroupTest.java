package chat.groups.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import chat.groups.api.Role;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.NotFoundException;

class DisbandGroupTest {

    private final GroupsFixture fixture = new GroupsFixture();
    private final DisbandGroup disband = fixture.disbandGroup();

    @Test
    void theOwnerEndsTheGroup() {
        fixture.group("g", "ann", 500, "bob");
        disband.disband("ann", "g");
        assertTrue(fixture.conversations.find("g").isEmpty());
        assertEquals(List.of("disbanded g by ann"), fixture.events.told);
    }

    @Test
    void theMembersAreToldWhileTheGroupCanStillBeListed() {
        fixture.group("g", "ann", 500, "bob");
        disband.disband("ann", "g");
        assertEquals(Boolean.TRUE, fixture.events.liveWhenDisbandTold);
    }

    @Test
    void anAdminMayNotEndTheGroup() {
        fixture.group("g", "ann", 500, "bob");
        fixture.role("g", "bob", Role.ADMIN);
        assertThrows(ForbiddenException.class, () -> disband.disband("bob", "g"));
        assertTrue(fixture.conversations.find("g").isPresent());
        assertEquals(List.of(), fixture.events.told);
    }

    @Test
    void aDisbandedGroupCannotBeDisbandedAgain() {
        fixture.group("g", "ann", 500, "bob");
        disband.disband("ann", "g");
        assertThrows(NotFoundException.class, () -> disband.disband("ann", "g"));
    }

    @Test
    void aDirectChatCannotBeDisbanded() {
        fixture.direct("d", "ann", "bob");
        assertThrows(ForbiddenException.class, () -> disband.disband("ann", "d"));
    }

    @Test
    void theOperatorEndsAGroupInItsOwnersName() {
        fixture.group("g", "ann", 500, "bob");
        disband.byOperator("g");
        assertTrue(fixture.conversations.find("g").isEmpty());
        assertEquals(List.of("disbanded g by ann"), fixture.events.told);
        assertThrows(NotFoundException.class, () -> disband.byOperator("g"));
    }

    @Test
    void theOperatorCannotDisbandADirectChat() {
        fixture.direct("d", "ann", "bob");
        assertThrows(NotFoundException.class, () -> disband.byOperator("d"));
        assertTrue(fixture.conversations.find("d").isPresent());
    }
}
