package chat.groups.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import chat.groups.api.Role;
import chat.groups.internal.domain.Conversation;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.InvalidInputException;

class UpdateGroupTest {

    private final GroupsFixture fixture = new GroupsFixture();
    private final UpdateGroup update = fixture.updateGroup();

    private Conversation rename(String callerId, String name) {
        return update.update(callerId, "g", Optional.of(name), Optional.empty(), Optional.empty());
    }

    @Test
    void theOwnerRenamesTheGroupWithoutTheSpacesAround() {
        fixture.group("g", "ann", 500, "bob");
        assertEquals("Lunch", rename("ann", "  Lunch ").name());
        assertEquals("Lunch", fixture.conversations.get("g").name());
    }

    @Test
    void aRenameLeavesTheAnnouncementAndTheMuteAlone() {
        fixture.group("g", "ann", 500, "bob");
        fixture.conversations.update("g", "Old", "Be nice", true);
        var renamed = rename("ann", "New");
        assertEquals("Be nice", renamed.announcement());
        assertTrue(renamed.allMuted());
    }

    @Test
    void anAnnouncementLeavesTheNameAlone() {
        fixture.group("g", "ann", 500, "bob");
        var updated = update.update("ann", "g", Optional.empty(), Optional.of("Be nice"), Optional.empty());
        assertEquals("Be nice", updated.announcement());
        assertEquals("Group g", updated.name());
    }

    @Test
    void anAdminMutesEveryoneButTheManagers() {
        fixture.group("g", "ann", 500, "bob");
        fixture.role("g", "bob", Role.ADMIN);
        assertTrue(update.update("bob", "g", Optional.empty(), Optional.empty(), Optional.of(true)).allMuted());
    }

    @Test
    void anEmptyChangeChangesNothing() {
        fixture.group("g", "ann", 500, "bob");
        Conversation before = fixture.conversations.get("g");
        assertEquals(before, update.update("ann", "g", Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void theChangeIsToldWithTheGroupBeforeAndAfter() {
        fixture.group("g", "ann", 500, "bob");
        rename("ann", "Lunch");
        assertEquals(List.of("updated g by ann"), fixture.events.told);
        assertEquals("Group g", fixture.events.updatedBefore.name());
        assertEquals("Lunch", fixture.events.updatedAfter.name());
    }

    @Test
    void theGroupIsReadLockedSoTwoChangesDoNotUndoEachOther() {
        fixture.group("g", "ann", 500, "bob");
        rename("ann", "Lunch");
        assertEquals(List.of("g"), fixture.conversations.lockedIds);
    }

    @Test
    void aPlainMemberMayNotChangeTheGroup() {
        fixture.group("g", "ann", 500, "bob");
        assertThrows(ForbiddenException.class, () -> rename("bob", "Mine"));
        assertEquals("Group g", fixture.conversations.get("g").name());
    }

    @Test
    void aBadNameIsRefusedAndChangesNothing() {
        fixture.group("g", "ann", 500, "bob");
        var refused = assertThrows(InvalidInputException.class, () -> update.update("ann", "g", Optional.of(" "),
                Optional.of("Be nice"), Optional.of(true)));
        assertEquals("name", refused.field());
        assertEquals("", fixture.conversations.get("g").announcement());
        assertFalse(fixture.conversations.get("g").allMuted());
    }

    @Test
    void aTooLongAnnouncementIsRefused() {
        fixture.group("g", "ann", 500, "bob");
        assertEquals("announcement", assertThrows(InvalidInputException.class, () -> update.update("ann", "g",
                Optional.empty(), Optional.of("a".repeat(2_001)), Optional.empty())).field());
    }

    @Test
    void aDirectChatCannotBeRenamed() {
        fixture.direct("d", "ann", "bob");
        assertThrows(ForbiddenException.class,
                () -> update.update("ann", "d", Optional.of("Us"), Optional.empty(), Optional.empty()));
    }

    @Test
    void theOperatorMovesTheCapBetweenTheCountAndTheLimit() {
        fixture.group("g", "ann", 3, "bob", "cy");
        assertEquals(10, update.byOperator("g", Optional.empty(), Optional.empty(), Optional.of(10L)).maxMembers());
        assertEquals(3, update.byOperator("g", Optional.empty(), Optional.empty(), Optional.of(3L)).maxMembers());
        var below = assertThrows(InvalidInputException.class,
                () -> update.byOperator("g", Optional.empty(), Optional.empty(), Optional.of(2L)));
        assertEquals("maxMembers", below.field());
        assertThrows(InvalidInputException.class, () -> update.byOperator("g", Optional.empty(), Optional.empty(),
                Optional.of((long) GroupsFixture.SERVER_LIMIT + 1)));
        assertEquals(3, fixture.conversations.get("g").maxMembers());
        assertEquals(List.of(), fixture.events.told, "a cap is no change the members hear of");
        assertEquals(List.of("g", "g", "g", "g"), fixture.conversations.lockedIds);
    }

    @Test
    void theOperatorsAnnouncementIsToldAsTheOwners() {
        fixture.group("g", "ann", 500, "bob");
        var updated = update.byOperator("g", Optional.empty(), Optional.of("Office closed Friday"), Optional.empty());
        assertEquals("Office closed Friday", updated.announcement());
        assertEquals("Group g", updated.name());
        assertEquals(List.of("updated g by ann"), fixture.events.told);
    }

    @Test
    void theOperatorFindsNoDirectChatAndNoGroupThatIsGone() {
        fixture.direct("d", "ann", "bob");
        assertThrows(chat.platform.errors.NotFoundException.class,
                () -> update.byOperator("d", Optional.of("X"), Optional.empty(), Optional.empty()));
        assertThrows(chat.platform.errors.NotFoundException.class,
                () -> update.byOperator("nope", Optional.of("X"), Optional.empty(), Optional.empty()));
    }

    @Test
    void aBadOperatorChangeIsRefusedBeforeAnythingIsRead() {
        fixture.group("g", "ann", 500, "bob");
        assertThrows(InvalidInputException.class,
                () -> update.byOperator("g", Optional.of(" "), Optional.empty(), Optional.of(10L)));
        assertEquals(500, fixture.conversations.get("g").maxMembers());
        assertEquals(List.of(), fixture.conversations.lockedIds);
    }
}
