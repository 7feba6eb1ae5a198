package chat.groups.internal.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import chat.groups.api.Role;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.InvalidInputException;

class GroupRulesTest {

    @Test
    void theCapDefaultsToFiveHundredAndStaysBetweenTheMembersAndTheServerLimit() {
        assertEquals(500, GroupRules.cap(null, 3, 1_000_000));
        assertEquals(800, GroupRules.cap(null, 800, 1_000_000));
        assertEquals(1_000_000, GroupRules.cap(1_000_000L, 3, 1_000_000));
        assertThrows(InvalidInputException.class, () -> GroupRules.cap(1_000_001L, 3, 1_000_000));
        assertThrows(InvalidInputException.class, () -> GroupRules.cap(2L, 3, 1_000_000));
        assertThrows(InvalidInputException.class, () -> GroupRules.cap(1L, 1, 1_000_000));
    }

    @Test
    void namesAreOneToSixtyFourCharacters() {
        assertEquals("Lunch", GroupRules.name("  Lunch "));
        assertThrows(InvalidInputException.class, () -> GroupRules.name(" "));
        assertThrows(InvalidInputException.class, () -> GroupRules.name("x".repeat(65)));
        assertEquals("name", assertThrows(InvalidInputException.class, () -> GroupRules.name(null)).field());
    }

    @Test
    void theOwnerActsOnAnyoneElseAndAnAdminOnMembersOnly() {
        assertDoesNotThrow(() -> GroupRules.mayActOn(Role.OWNER, Role.ADMIN));
        assertDoesNotThrow(() -> GroupRules.mayActOn(Role.OWNER, Role.MEMBER));
        assertDoesNotThrow(() -> GroupRules.mayActOn(Role.ADMIN, Role.MEMBER));
        assertThrows(ForbiddenException.class, () -> GroupRules.mayActOn(Role.ADMIN, Role.ADMIN));
        assertThrows(ForbiddenException.class, () -> GroupRules.mayActOn(Role.ADMIN, Role.OWNER));
        assertThrows(ForbiddenException.class, () -> GroupRules.mayActOn(Role.MEMBER, Role.MEMBER));
        assertThrows(ForbiddenException.class, () -> GroupRules.mayActOn(Role.OWNER, Role.OWNER));
    }

    @Test
    void mutesLastAMinuteToThirtyDays() {
        assertEquals(10, GroupRules.muteMinutes(10));
        assertThrows(InvalidInputException.class, () -> GroupRules.muteMinutes(0));
        assertThrows(InvalidInputException.class, () -> GroupRules.muteMinutes(GroupRules.MAX_MUTE_MINUTES + 1));
    }

    @Test
    void aLargeGroupTellsOnlyThoseConcerned() {
        var small = new Conversation("g", Conversation.Kind.GROUP, "n", "o", "", false, 1000, 500);
        var large = new Conversation("g", Conversation.Kind.GROUP, "n", "o", "", false, 1000, 501);
        assertEquals(true, small.broadcastsToEveryone());
        assertEquals(false, large.broadcastsToEveryone());
    }

    @Test
    void aMuteEndShowsOnlyWhileTheMuteLasts() {
        Instant now = Instant.parse("2026-11-25T17:00:00Z");
        Instant later = now.plusSeconds(600);
        assertEquals(later, new Member("g", "u", Role.MEMBER, later, false).muteEndAt(now));
        assertNull(new Member("g", "u", Role.MEMBER, now, false).muteEndAt(now));
        assertNull(new Member("g", "u", Role.MEMBER, now.minusSeconds(1), false).muteEndAt(now));
        assertNull(new Member("g", "u", Role.MEMBER, null, false).muteEndAt(now));
    }
}
