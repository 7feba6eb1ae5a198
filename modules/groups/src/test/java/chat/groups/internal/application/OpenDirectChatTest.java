package chat.groups.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import chat.groups.api.Role;
import chat.groups.internal.domain.Conversation;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.InvalidInputException;

class OpenDirectChatTest {

    private final GroupsFixture fixture = new GroupsFixture();
    private final OpenDirectChat open = fixture.openDirectChat();

    @BeforeEach
    void annAndBobAreContacts() {
        fixture.users.add("ann", "bob", "eve");
        fixture.users.befriend("ann", "bob");
    }

    @Test
    void theFirstToAskMakesTheChat() {
        var opened = open.open("ann", "bob");
        assertTrue(opened.created());
        assertTrue(opened.chat().isDirect());
    }

    @Test
    void aNewChatHasNoNameNoOwnerAndTwoSeatsBothTaken() {
        Conversation chat = open.open("ann", "bob").chat();
        assertNull(chat.name());
        assertNull(chat.ownerId());
        assertEquals(2, chat.maxMembers());
        assertEquals(2, chat.memberCount());
    }

    @Test
    void bothPeopleArePlainMembers() {
        String id = open.open("ann", "bob").chat().id();
        assertEquals(Role.MEMBER, fixture.roleOf(id, "ann"));
        assertEquals(Role.MEMBER, fixture.roleOf(id, "bob"));
    }

    @Test
    void bothPeopleAreToldOfTheNewChat() {
        String id = open.open("ann", "bob").chat().id();
        assertEquals(List.of("created " + id + " [ann, bob] by ann"), fixture.events.told);
    }

    @Test
    void askingAgainFindsTheSameChat() {
        String id = open.open("ann", "bob").chat().id();
        var again = open.open("ann", "bob");
        assertFalse(again.created());
        assertEquals(id, again.chat().id());
        assertEquals(1, fixture.events.told.size());
    }

    @Test
    void theOtherPersonAskingFindsTheSameChat() {
        String id = open.open("ann", "bob").chat().id();
        var theirs = open.open("bob", "ann");
        assertFalse(theirs.created());
        assertEquals(id, theirs.chat().id());
    }

    @Test
    void whoeverLosesARaceToMakeTheChatGetsTheWinnersChat() {
        Conversation winners = new Conversation("won", Conversation.Kind.DIRECT, null, null, "", false, 2, 2);
        fixture.conversations.beforeInsert = () -> {
            fixture.conversations.beforeInsert = () -> { };
            fixture.conversations.insert(winners, "ann|bob");
        };
        var opened = open.open("bob", "ann");
        assertFalse(opened.created());
        assertEquals("won", opened.chat().id());
        assertEquals(List.of(), fixture.events.told);
    }

    @Test
    void nobodyOpensAChatWithThemselves() {
        var refused = assertThrows(InvalidInputException.class, () -> open.open("ann", "ann"));
        assertEquals("userId", refused.field());
        assertEquals("userId: cannot be yourself", refused.getMessage());
    }

    @Test
    void anUnknownUserIsRefusedNamingUserId() {
        var refused = assertThrows(InvalidInputException.class, () -> open.open("ann", "ghost"));
        assertEquals("userId", refused.field());
    }

    @Test
    void aStrangerCannotBeMessagedDirectly() {
        var refused = assertThrows(ForbiddenException.class, () -> open.open("ann", "eve"));
        assertEquals("NOT_A_CONTACT", refused.code());
        assertTrue(fixture.conversations.live.isEmpty());
    }
}
