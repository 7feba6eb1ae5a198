package chat.groups.internal.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConversationTest {

    private static Conversation group(int memberCount) {
        return new Conversation("g", Conversation.Kind.GROUP, "Lunch", "owner", "", false, 1_000_000, memberCount);
    }

    @Test
    void aDirectChatIsDirect() {
        assertTrue(new Conversation("d", Conversation.Kind.DIRECT, null, null, "", false, 2, 2).isDirect());
    }

    @Test
    void aGroupIsNotDirect() {
        assertFalse(group(3).isDirect());
    }

    @Test
    void aGroupOfFiveHundredTellsEveryone() {
        assertTrue(group(500).broadcastsToEveryone());
    }

    @Test
    void aGroupOfFiveHundredAndOneTellsOnlyThoseConcerned() {
        assertFalse(group(501).broadcastsToEveryone());
    }

    @Test
    void aGroupOfOneTellsEveryone() {
        assertTrue(group(1).broadcastsToEveryone());
    }

    @Test
    void aDirectChatTellsBothPeople() {
        assertTrue(new Conversation("d", Conversation.Kind.DIRECT, null, null, "", false, 2, 2).broadcastsToEveryone());
    }
}
