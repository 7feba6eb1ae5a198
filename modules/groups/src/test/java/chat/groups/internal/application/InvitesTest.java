package chat.groups.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.groups.api.Role;
import chat.groups.internal.domain.GroupFullException;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;

class InvitesTest {

    private final GroupsFixture fixture = new GroupsFixture();
    private final Invites invites = fixture.invites();

    // Making a code

    @Test
    void withoutALifespanACodeWorksForSevenDays() {
        fixture.group("g", "ann", 500, "bob");
        Instant before = Instant.now();
        var invite = invites.create("ann", "g", null);
        assertEquals(Duration.ofDays(7), fixture.codes.lifespans.get(invite.code()));
        assertTrue(!invite.expiresAt().isBefore(before.plus(Duration.ofDays(7))), invite.expiresAt().toString());
        assertTrue(!invite.expiresAt().isAfter(Instant.now().plus(Duration.ofDays(7))), invite.expiresAt().toString());
    }

    @Test
    void aCodeForOneHourIsTaken() {
        fixture.group("g", "ann", 500, "bob");
        var invite = invites.create("ann", "g", 1L);
        assertEquals(Duration.ofHours(1), fixture.codes.lifespans.get(invite.code()));
    }

    @Test
    void aCodeForThirtyDaysIsTaken() {
        fixture.group("g", "ann", 500, "bob");
        var invite = invites.create("ann", "g", 720L);
        assertEquals(Duration.ofDays(30), fixture.codes.lifespans.get(invite.code()));
    }

    @Test
    void aCodeForNoHoursIsRefusedNamingTtlHours() {
        fixture.group("g", "ann", 500, "bob");
        var refused = assertThrows(InvalidInputException.class, () -> invites.create("ann", "g", 0L));
        assertEquals("ttlHours", refused.field());
        assertEquals("ttlHours: must be 1 to 720", refused.getMessage());
    }

    @Test
    void aCodeForThirtyDaysAndAnHourIsRefused() {
        fixture.group("g", "ann", 500, "bob");
        assertEquals("ttlHours", assertThrows(InvalidInputException.class, () -> invites.create("ann", "g", 721L)).field());
    }

    @Test
    void aBadLifespanIsRefusedBeforeTheGroupIsLookedUp() {
        assertThrows(InvalidInputException.class, () -> invites.create("eve", "nope", -1L));
    }

    @Test
    void anAdminMakesCodes() {
        fixture.group("g", "ann", 500, "bob");
        fixture.role("g", "bob", Role.ADMIN);
        assertEquals("g", invites.create("bob", "g", null).groupId());
    }

    @Test
    void aPlainMemberMakesNoCodes() {
        fixture.group("g", "ann", 500, "bob");
        assertThrows(ForbiddenException.class, () -> invites.create("bob", "g", null));
        assertTrue(fixture.codes.groups.isEmpty());
    }

    @Test
    void someoneOutsideTheGroupMakesNoCodes() {
        fixture.group("g", "ann", 500, "bob");
        assertThrows(NotFoundException.class, () -> invites.create("eve", "g", null));
    }

    @Test
    void aDirectChatHasNoCodes() {
        fixture.direct("d", "ann", "bob");
        assertThrows(ForbiddenException.class, () -> invites.create("ann", "d", null));
    }

    @Test
    void aCodeIsTenCharactersThatCannotBeMistakenForOneAnother() {
        fixture.group("g", "ann", 500, "bob");
        for (int i = 0; i < 200; i++) {
            String code = invites.create("ann", "g", null).code();
            assertTrue(code.matches("[A-HJ-NP-Z2-9]{10}"), code);
        }
    }

    @Test
    void aTakenCodeIsDrawnAgain() {
        fixture.group("g", "ann", 500, "bob");
        fixture.codes.takenBeforeAFreeOne = 2;
        var invite = invites.create("ann", "g", null);
        assertEquals(3, fixture.codes.tried.size());
        assertEquals(fixture.codes.tried.get(2), invite.code());
        assertEquals("g", fixture.codes.groups.get(invite.code()));
    }

    // Joining with a code

    @Test
    void aNewcomerJoinsAsAMember() {
        fixture.group("g", "ann", 500, "bob");
        fixture.users.add("cat");
        String code = invites.create("ann", "g", null).code();
        var group = invites.accept("cat", code);
        assertEquals(Role.MEMBER, fixture.roleOf("g", "cat"));
        assertEquals(3, group.memberCount());
    }

    @Test
    void theGroupHearsThatTheNewcomerJoinedByThemselves() {
        fixture.group("g", "ann", 500, "bob");
        String code = invites.create("ann", "g", null).code();
        invites.accept("cat", code);
        assertEquals(List.of("joined g [cat] by cat"), fixture.events.told);
    }

    @Test
    void aMemberAlreadyInTheGroupJustGetsIt() {
        fixture.group("g", "ann", 500, "bob");
        String code = invites.create("ann", "g", null).code();
        var group = invites.accept("bob", code);
        assertEquals(2, group.memberCount());
        assertEquals(List.of(), fixture.events.told);
    }

    @Test
    void anUnknownCodeIsNotFound() {
        var refused = assertThrows(NotFoundException.class, () -> invites.accept("cat", "NOSUCHCODE"));
        assertEquals("no such invite, or it expired", refused.getMessage());
    }

    @Test
    void aCodeOfADisbandedGroupIsNotFound() {
        fixture.group("g", "ann", 500, "bob");
        String code = invites.create("ann", "g", null).code();
        fixture.conversations.disband("g");
        var refused = assertThrows(NotFoundException.class, () -> invites.accept("cat", code));
        assertEquals("the group of this invite is gone", refused.getMessage());
    }

    @Test
    void aFullGroupTakesNobodyByCode() {
        fixture.group("g", "ann", 2, "bob");
        String code = invites.create("ann", "g", null).code();
        var refused = assertThrows(GroupFullException.class, () -> invites.accept("cat", code));
        assertEquals("GROUP_FULL", refused.code());
        assertEquals(2, fixture.conversations.get("g").memberCount());
    }
}
