package chat.groups.internal.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

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

    // Names

    @Test
    void aNameOfOneCharacterIsKept() {
        assertEquals("x", GroupRules.name("x"));
    }

    @Test
    void aNameOfSixtyFourCharactersIsKept() {
        assertEquals("x".repeat(64), GroupRules.name("x".repeat(64)));
    }

    @Test
    void aNameOfSixtyFiveCharactersIsRefusedNamingTheField() {
        var refused = refused(() -> GroupRules.name("x".repeat(65)));
        assertEquals("name", refused.field());
        assertTrue(refused.getMessage().startsWith("name: "), refused.getMessage());
    }

    @Test
    void aNameIsCountedInCharactersNotUtf16Units() {
        assertEquals("😀".repeat(64), GroupRules.name("😀".repeat(64)));
        assertEquals("name", refused(() -> GroupRules.name("😀".repeat(65))).field());
    }

    @Test
    void anEmptyNameIsRefused() {
        assertEquals("name", refused(() -> GroupRules.name("")).field());
    }

    @Test
    void aNameOfOnlyWhitespaceIsRefused() {
        assertEquals("name", refused(() -> GroupRules.name(" \t\n ")).field());
    }

    @Test
    void aNameKeepsTheSpacesInsideIt() {
        assertEquals("Friday lunch", GroupRules.name(" Friday lunch\t"));
    }

    // Announcements

    @Test
    void anEmptyAnnouncementClearsIt() {
        assertEquals("", GroupRules.announcement(""));
    }

    @Test
    void anAnnouncementOfTwoThousandCharactersIsKept() {
        assertEquals(2_000, GroupRules.announcement("a".repeat(2_000)).length());
    }

    @Test
    void anAnnouncementOfTwoThousandAndOneCharactersIsRefusedNamingTheField() {
        var refused = refused(() -> GroupRules.announcement("a".repeat(2_001)));
        assertEquals("announcement", refused.field());
        assertTrue(refused.getMessage().startsWith("announcement: "), refused.getMessage());
    }

    @Test
    void anAnnouncementIsCountedInCharactersNotUtf16Units() {
        assertEquals(4_000, GroupRules.announcement("😀".repeat(2_000)).length());
        assertEquals("announcement", refused(() -> GroupRules.announcement("😀".repeat(2_001))).field());
    }

    @Test
    void aMissingAnnouncementIsRefused() {
        assertEquals("announcement", refused(() -> GroupRules.announcement(null)).field());
    }

    @Test
    void anAnnouncementIsKeptAsWrittenWithItsSpaces() {
        assertEquals("  line one\n  line two  ", GroupRules.announcement("  line one\n  line two  "));
    }

    // Caps

    @Test
    void aCapOfTheMemberCountIsTaken() {
        assertEquals(3, GroupRules.cap(3L, 3, 1_000));
    }

    @Test
    void aCapOneBelowTheMemberCountIsRefusedNamingMaxMembers() {
        var refused = refused(() -> GroupRules.cap(2L, 3, 1_000));
        assertEquals("maxMembers", refused.field());
        assertEquals("maxMembers: must be between 3 and 1000", refused.getMessage());
    }

    @Test
    void aCapIsAtLeastTwoEvenForAGroupOfOne() {
        assertEquals(2, GroupRules.cap(2L, 1, 1_000));
        assertEquals("maxMembers: must be between 2 and 1000", refused(() -> GroupRules.cap(1L, 1, 1_000)).getMessage());
    }

    @Test
    void aCapOfTheServerLimitIsTaken() {
        assertEquals(1_000, GroupRules.cap(1_000L, 3, 1_000));
    }

    @Test
    void aCapOneAboveTheServerLimitIsRefused() {
        assertEquals("maxMembers", refused(() -> GroupRules.cap(1_001L, 3, 1_000)).field());
    }

    @Test
    void aCapPastTheRangeOfAnIntIsRefusedNotWrapped() {
        assertEquals("maxMembers", refused(() -> GroupRules.cap(Long.MAX_VALUE, 3, Integer.MAX_VALUE)).field());
        assertEquals("maxMembers", refused(() -> GroupRules.cap((long) Integer.MAX_VALUE + 3, 3, 1_000)).field());
    }

    @Test
    void aNegativeCapIsRefused() {
        assertEquals("maxMembers", refused(() -> GroupRules.cap(-5L, 1, 1_000)).field());
    }

    @Test
    void withoutACapAGroupOfFiveHundredMembersGetsFiveHundred() {
        assertEquals(500, GroupRules.cap(null, 500, 1_000));
    }

    @Test
    void withoutACapAGroupLargerThanTheDefaultGetsItsOwnSize() {
        assertEquals(501, GroupRules.cap(null, 501, 1_000));
    }

    @Test
    void withoutACapAGroupLargerThanTheServerLimitIsRefused() {
        assertEquals("maxMembers", refused(() -> GroupRules.cap(null, 1_001, 1_000)).field());
    }

    @Test
    void withoutACapUnderAServerLimitBelowTheDefaultTheGroupGetsTheServerLimit() {
        assertEquals(100, GroupRules.cap(null, 3, 100));
    }

    // Mutes

    @Test
    void aMuteOfOneMinuteIsTaken() {
        assertEquals(1, GroupRules.muteMinutes(1));
    }

    @Test
    void aMuteOfNoMinutesIsRefusedNamingMinutes() {
        var refused = refused(() -> GroupRules.muteMinutes(0));
        assertEquals("minutes", refused.field());
        assertTrue(refused.getMessage().startsWith("minutes: "), refused.getMessage());
    }

    @Test
    void aMuteOfThirtyDaysIsTaken() {
        assertEquals(43_200, GroupRules.muteMinutes(30 * 24 * 60));
    }

    @Test
    void aMuteOfThirtyDaysAndAMinuteIsRefused() {
        assertEquals("minutes", refused(() -> GroupRules.muteMinutes(30 * 24 * 60 + 1)).field());
    }

    @Test
    void aNegativeOrHugeMuteIsRefusedNotWrapped() {
        assertEquals("minutes", refused(() -> GroupRules.muteMinutes(-1)).field());
        assertEquals("minutes", refused(() -> GroupRules.muteMinutes(Long.MAX_VALUE)).field());
        assertEquals("minutes", refused(() -> GroupRules.muteMinutes((1L << 32) + 10)).field());
    }

    // Who may do what

    @Test
    void theOwnerAndAdminsManageTheGroup() {
        assertDoesNotThrow(() -> GroupRules.mustManage(Role.OWNER));
        assertDoesNotThrow(() -> GroupRules.mustManage(Role.ADMIN));
    }

    @Test
    void aPlainMemberDoesNotManageTheGroup() {
        var refused = assertThrows(ForbiddenException.class, () -> GroupRules.mustManage(Role.MEMBER));
        assertEquals("FORBIDDEN", refused.code());
        assertEquals(403, refused.status());
    }

    @Test
    void onlyTheOwnerOwns() {
        assertDoesNotThrow(() -> GroupRules.mustOwn(Role.OWNER));
        assertThrows(ForbiddenException.class, () -> GroupRules.mustOwn(Role.ADMIN));
        assertThrows(ForbiddenException.class, () -> GroupRules.mustOwn(Role.MEMBER));
    }

    @Test
    void aPlainMemberActsOnNobody() {
        for (Role target : Role.values()) {
            assertThrows(ForbiddenException.class, () -> GroupRules.mayActOn(Role.MEMBER, target), target.name());
        }
    }

    private static InvalidInputException refused(Executable call) {
        var refused = assertThrows(InvalidInputException.class, call);
        assertEquals("BAD_REQUEST", refused.code());
        assertEquals(400, refused.status());
        return refused;
    }
}
