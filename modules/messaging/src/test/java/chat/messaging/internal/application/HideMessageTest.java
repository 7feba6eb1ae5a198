package chat.messaging.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import chat.platform.errors.NotFoundException;

class HideMessageTest {

    private final MessagingFixture fixture = new MessagingFixture();
    private final HideMessage hide = fixture.hideMessage();

    @Test
    void aMemberHidesAMessageForThemselvesOnly() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.text("g", 1, "bob");
        hide.hide("ann", "g", 1);
        assertEquals(Set.of("ann|g|1"), fixture.messages.hidden);
        assertEquals(List.of("hiddenChanged ann g"), fixture.recent.told);
    }

    @Test
    void anUnknownSeqIsNotFound() {
        fixture.conversations.group("g", "ann", "bob");
        assertThrows(NotFoundException.class, () -> hide.hide("ann", "g", 3));
        assertEquals(Set.of(), fixture.messages.hidden);
    }

    @Test
    void someoneOutsideTheConversationIsNotToldItExists() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.text("g", 1, "bob");
        assertThrows(NotFoundException.class, () -> hide.hide("eve", "g", 1));
        assertEquals(List.of(), fixture.recent.told);
    }
}
