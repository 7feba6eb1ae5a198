package chat.groups.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import chat.groups.api.Role;
import chat.groups.internal.domain.Conversation;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.InvalidInputException;

class CreateGroupTest {

    private final GroupsFixture fixture = new GroupsFixture();
    private final CreateGroup create = fixture.createGroup(GroupsFixture.SERVER_LIMIT);

    @BeforeEach
    void annKnowsBobAndCatButNotEve() {
        fixture.users.add("ann", "bob", "cat", "eve");
        fixture.users.befriend("ann", "bob");
        fixture.users.befriend("ann", "cat");
    }

    @Test
    void theCreatorOwnsTheNewGroup() {
        Conversation group = create.byUser("ann", "Lunch", List.of(), null);
        assertEquals("ann", group.ownerId());
        assertEquals(Role.OWNER, fixture.roleOf(group.id(), "ann"));
        assertEquals(Conversation.Kind.GROUP, group.kind());
    }

    @Test
    void theCreatorsContactsJoinAsMembersAndAreCounted() {
        Conversation group = create.byUser("ann", "Lunch", List.of("bob", "cat"), null);
        assertEquals(3, group.memberCount());
        assertEquals(Role.MEMBER, fixture.roleOf(group.id(), "bob"));
        assertEquals(List.of("created " + group.id() + " [bob, cat] by ann"), fixture.events.told);
    }

    @Test
    void aNewGroupHasItsNameWithoutTheSpacesAroundNoAnnouncementAndNoMute() {
        Conversation group = create.byUser("ann", " Lunch ", List.of(), null);
        assertEquals("Lunch", group.name());
        assertEquals("", group.announcement());
        assertEquals(false, group.allMuted());
    }

    @Test
    void withoutACapANewGroupTakesFiveHundred() {
        assertEquals(500, create.byUser("ann", "Lunch", List.of(), null).maxMembers());
    }

    @Test
    void aCapAsAskedIsKept() {
        assertEquals(3, create.byUser("ann", "Lunch", List.of("bob", "cat"), 3L).maxMembers());
    }

    @Test
    void aCapBelowTheMembersBroughtIsRefused() {
        var refused = assertThrows(InvalidInputException.class,
                () -> create.byUser("ann", "Lunch", List.of("bob", "cat"), 2L));
        assertEquals("maxMembers", refused.field());
        assertTrue(fixture.conversations.live.isEmpty());
    }

    @Test
    void aCapAboveTheServerLimitIsRefused() {
        var small = fixture.createGroup(1_000);
        assertEquals("maxMembers", assertThrows(InvalidInputException.class,
                () -> small.byUser("ann", "Lunch", List.of(), 1_001L)).field());
    }

    @Test
    void aBadNameOrCapIsNamedBeforeAnUnknownMemberOrOwner() {
        assertEquals("name", assertThrows(InvalidInputException.class,
                () -> create.byUser("ann", " ", List.of("nobody"), null)).field());
        assertEquals("maxMembers", assertThrows(InvalidInputException.class,
                () -> create.byUser("ann", "Lunch", List.of("nobody"), 1L)).field());
        assertEquals("name", assertThrows(InvalidInputException.class,
                () -> create.byOperator("nobody", "x".repeat(65), List.of(), null)).field());
        assertEquals("maxMembers", assertThrows(InvalidInputException.class,
                () -> create.byOperator("nobody", "Lunch", List.of(), 1L)).field());
        assertTrue(fixture.conversations.live.isEmpty());
    }

    @Test
    void theCreatorListedAmongTheMembersIsCountedOnce() {
        Conversation group = create.byUser("ann", "Lunch", List.of("ann", "bob", "bob"), null);
        assertEquals(2, group.memberCount());
    }

    @Test
    void aBadNameIsRefusedAndNothingIsMade() {
        var refused = assertThrows(InvalidInputException.class, () -> create.byUser("ann", "", List.of("bob"), null));
        assertEquals("name", refused.field());
        assertTrue(fixture.conversations.live.isEmpty());
    }

    @Test
    void aStrangerCannotBeBroughtIn() {
        var refused = assertThrows(ForbiddenException.class, () -> create.byUser("ann", "Lunch", List.of("eve"), null));
        assertEquals("NOT_A_CONTACT", refused.code());
        assertTrue(fixture.conversations.live.isEmpty());
    }

    @Test
    void anUnknownMemberIsRefusedNamingMemberIds() {
        var refused = assertThrows(InvalidInputException.class,
                () -> create.byUser("ann", "Lunch", List.of("ghost"), null));
        assertEquals("memberIds", refused.field());
    }

    @Test
    void theOperatorBringsInAnyoneForTheOwner() {
        Conversation group = create.byOperator("ann", "Sales", List.of("eve", "bob"), null);
        assertEquals("ann", group.ownerId());
        assertEquals(3, group.memberCount());
        assertEquals(Role.MEMBER, fixture.roleOf(group.id(), "eve"));
    }

    @Test
    void theOperatorCannotGiveAGroupToAnUnknownOwner() {
        var refused = assertThrows(InvalidInputException.class,
                () -> create.byOperator("ghost", "Sales", List.of("bob"), null));
        assertEquals("ownerId", refused.field());
        assertTrue(fixture.conversations.live.isEmpty());
    }

    @Test
    void theOperatorCannotBringInAnUnknownMember() {
        assertEquals("memberIds", assertThrows(InvalidInputException.class,
                () -> create.byOperator("ann", "Sales", List.of("ghost"), null)).field());
    }
}
