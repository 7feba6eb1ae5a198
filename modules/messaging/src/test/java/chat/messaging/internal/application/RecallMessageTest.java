package chat.messaging.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.groups.api.Role;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageType;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.NotFoundException;

class RecallMessageTest {

    private final MessagingFixture fixture = new MessagingFixture();
    private final RecallMessage recall = fixture.recallMessage();

    private Message stored(long seq) {
        return fixture.messages.find("g", seq).orElseThrow();
    }

    @Test
    void theSenderRecallsTheirMessageWithinTwoMinutes() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.text("g", 1, "bob", Instant.now().minusSeconds(60));
        recall.recall("bob", "g", 1);
        assertTrue(stored(1).recalled());
        assertNull(stored(1).text());
        assertEquals(List.of("recalled g 1 by bob"), fixture.events.told);
        assertTrue(fixture.events.messages.get(0).recalled());
        assertEquals(List.of("forget g"), fixture.recent.told);
    }

    @Test
    void theSenderMayNotRecallAfterTwoMinutes() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.text("g", 1, "bob", Instant.now().minusSeconds(121));
        assertThrows(ForbiddenException.class, () -> recall.recall("bob", "g", 1));
        assertEquals(false, stored(1).recalled());
        assertEquals(List.of(), fixture.events.told);
    }

    @Test
    void theOwnerRecallsAnyMessageAtAnyTime() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.text("g", 1, "bob", Instant.now().minusSeconds(86_400));
        recall.recall("ann", "g", 1);
        assertTrue(stored(1).recalled());
    }

    @Test
    void anAdminRecallsAnyMessageAtAnyTime() {
        fixture.conversations.group("g", "ann", "bob", "cat");
        fixture.conversations.role("g", "cat", Role.ADMIN);
        fixture.text("g", 1, "bob", Instant.now().minusSeconds(86_400));
        recall.recall("cat", "g", 1);
        assertTrue(stored(1).recalled());
    }

    @Test
    void aMemberMayNotRecallSomeoneElsesMessage() {
        fixture.conversations.group("g", "ann", "bob", "cat");
        fixture.text("g", 1, "bob");
        assertThrows(ForbiddenException.class, () -> recall.recall("cat", "g", 1));
    }

    @Test
    void aRecalledMessageIsRecalledOnceAndToldOnce() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.text("g", 1, "bob");
        recall.recall("bob", "g", 1);
        recall.recall("bob", "g", 1);
        assertEquals(1, fixture.events.told.size());
    }

    @Test
    void recallingAnAlreadyRecalledMessageIsNotRefusedEvenOutOfTime() {
        fixture.conversations.group("g", "ann", "bob", "cat");
        fixture.messages.put(new Message("g", 1, "bob", "m1", MessageType.TEXT, null, null,
                Instant.now().minusSeconds(999), true));
        recall.recall("cat", "g", 1);
        assertEquals(List.of(), fixture.events.told);
    }

    @Test
    void anUnknownSeqIsNotFound() {
        fixture.conversations.group("g", "ann", "bob");
        assertThrows(NotFoundException.class, () -> recall.recall("ann", "g", 7));
    }

    @Test
    void someoneOutsideTheConversationIsNotToldItExists() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.text("g", 1, "bob");
        assertThrows(NotFoundException.class, () -> recall.recall("eve", "g", 1));
    }
}
