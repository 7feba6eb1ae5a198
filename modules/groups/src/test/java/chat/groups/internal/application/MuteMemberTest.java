package chat.groups.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.groups.api.Role;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;

class MuteMemberTest {

    private final GroupsFixture fixture = new GroupsFixture();
    private final MuteMember mute = fixture.muteMember();

    @Test
    void aMuteLastsTheMinutesAsked() {
        fixture.group("g", "ann", 500, "bob");
        Instant before = Instant.now();
        Instant until = mute.mute("ann", "g", "bob", 10);
        assertTrue(!until.isBefore(before.plus(Duration.ofMinutes(10))), until.toString());
        assertTrue(!until.isAfter(Instant.now().plus(Duration.ofMinutes(10))), until.toString());
    }

    @Test
    void aMuteIsStoredAndToldWithItsEnd() {
        fixture.group("g", "ann", 500, "bob");
        Instant until = mute.mute("ann", "g", "bob", 10);
        assertEquals(until, fixture.members.get("g", "bob").mutedUntil());
        assertEquals(List.of("muted g bob by ann"), fixture.events.told);
        assertEquals(until, fixture.events.mutedUntil);
    }

    @Test
    void anAdminMutesAMember() {
        fixture.group("g", "ann", 500, "bob", "cat");
        fixture.role("g", "bob", Role.ADMIN);
        mute.mute("bob", "g", "cat", 10);
        assertTrue(fixture.members.get("g", "cat").isMutedAt(Instant.now()));
    }

    @Test
    void anAdminMayNotMuteAnotherAdmin() {
        fixture.group("g", "ann", 500, "bob", "cat");
        fixture.role("g", "bob", Role.ADMIN);
        fixture.role("g", "cat", Role.ADMIN);
        assertThrows(ForbiddenException.class, () -> mute.mute("bob", "g", "cat", 10));
        assertNull(fixture.members.get("g", "cat").mutedUntil());
    }

    @Test
    void nobodyMutesTheOwner() {
        fixture.group("g", "ann", 500, "bob");
        fixture.role("g", "bob", Role.ADMIN);
        assertThrows(ForbiddenException.class, () -> mute.mute("bob", "g", "ann", 10));
    }

    @Test
    void aPlainMemberMutesNobody() {
        fixture.group("g", "ann", 500, "bob", "cat");
        assertThrows(ForbiddenException.class, () -> mute.mute("bob", "g", "cat", 10));
    }

    @Test
    void aMuteOfNoMinutesIsRefusedBeforeAnythingElse() {
        var refused = assertThrows(InvalidInputException.class, () -> mute.mute("eve", "nope", "bob", 0));
        assertEquals("minutes", refused.field());
    }

    @Test
    void aMuteOfThirtyDaysAndAMinuteIsRefused() {
        fixture.group("g", "ann", 500, "bob");
        assertEquals("minutes", assertThrows(InvalidInputException.class,
                () -> mute.mute("ann", "g", "bob", 30 * 24 * 60 + 1)).field());
    }

    @Test
    void mutingSomeoneOutsideTheGroupIsNotFound() {
        fixture.group("g", "ann", 500, "bob");
        assertThrows(NotFoundException.class, () -> mute.mute("ann", "g", "eve", 10));
    }

    @Test
    void anUnmuteLiftsTheMuteAndIsTold() {
        fixture.group("g", "ann", 500, "bob");
        mute.mute("ann", "g", "bob", 10);
        mute.unmute("ann", "g", "bob");
        assertNull(fixture.members.get("g", "bob").mutedUntil());
        assertEquals("unmuted g bob by ann", fixture.events.told.get(1));
        assertNull(fixture.events.mutedUntil);
    }

    @Test
    void aPlainMemberUnmutesNobody() {
        fixture.group("g", "ann", 500, "bob", "cat");
        mute.mute("ann", "g", "cat", 10);
        assertThrows(ForbiddenException.class, () -> mute.unmute("bob", "g", "cat"));
    }

    @Test
    void nobodyIsMutedInADirectChat() {
        fixture.direct("d", "ann", "bob");
        assertThrows(ForbiddenException.class, () -> mute.mute("ann", "d", "bob", 10));
    }
}
