package chat.messaging.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.groups.api.Role;
import chat.messaging.internal.domain.Message;
import chat.platform.errors.ConflictException;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.NotFoundException;

class PinMessagesTest {

    private final MessagingFixture fixture = new MessagingFixture();
    private final PinMessages pins = fixture.pinMessages();

    private List<Long> pinned(String userId, String groupId) {
        return pins.pinned(userId, groupId).stream().map(Message::seq).toList();
    }

    @Test
    void theOwnerAndAdminsPinAndEveryMemberReadsThemNewestFirst() {
        fixture.conversations.group("g", "ann", "bob", "cy");
        fixture.conversations.role("g", "cy", Role.ADMIN);
        fixture.text("g", 1, "bob");
        fixture.text("g", 2, "bob");
        pins.pin("ann", "g", 1);
        pins.pin("cy", "g", 2);
        pins.pin("ann", "g", 1);
        assertEquals(List.of(2L, 1L), pinned("bob", "g"));
        assertEquals(List.of("pinned g 1 by ann", "pinned g 2 by cy", "pinned g 1 by ann"), fixture.events.told);
        assertThrows(ForbiddenException.class, () -> pins.pin("bob", "g", 2));
        assertThrows(ForbiddenException.class, () -> pins.unpin("bob", "g", 2));
        assertThrows(NotFoundException.class, () -> pins.pinned("dee", "g"));
        assertThrows(NotFoundException.class, () -> pins.pin("ann", "g", 3), "no message 3");
    }

    @Test
    void eitherPersonPinsInADirectChat() {
        fixture.conversations.direct("d", "ann", "bob");
        fixture.text("d", 1, "ann");
        pins.pin("bob", "d", 1);
        pins.unpin("ann", "d", 1);
        assertEquals(List.of(), pinned("bob", "d"));
        assertEquals(List.of("pinned d 1 by bob", "unpinned d 1 by ann"), fixture.events.told);
    }

    @Test
    void theTwentyFirstPinIsRefusedAndARecallUnpins() {
        fixture.conversations.group("g", "ann", "bob");
        for (long seq = 1; seq <= 21; seq++) {
            fixture.text("g", seq, "bob", Instant.now());
        }
        for (long seq = 1; seq <= 20; seq++) {
            pins.pin("ann", "g", seq);
        }
        assertThrows(ConflictException.class, () -> pins.pin("ann", "g", 21));
        fixture.recallMessage().recall("ann", "g", 5);
        assertEquals(19, pinned("bob", "g").size());
        pins.pin("ann", "g", 21);
        assertEquals(21L, pinned("bob", "g").get(0));
    }
}
