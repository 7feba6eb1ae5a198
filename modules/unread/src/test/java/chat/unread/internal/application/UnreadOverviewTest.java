package chat.unread.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import chat.unread.internal.domain.UnreadCount;

class UnreadOverviewTest {

    private final UnreadFixture fixture = new UnreadFixture();
    private final UnreadOverview overview = fixture.unreadOverview();

    @Test
    void eachConversationHasTheMessagesAfterTheCursorUnread() {
        fixture.member("ann", "g", "h");
        fixture.stored.put("g", 10L);
        fixture.stored.put("h", 3L);
        fixture.cursors.set("g", "ann", 7);
        fixture.cursors.set("h", "ann", 3);
        assertEquals(List.of(new UnreadOverview.Item("g", new UnreadCount(3)), new UnreadOverview.Item("h", new UnreadCount(0))),
                overview.of("ann").items());
    }

    @Test
    void withoutACursorEveryMessageIsUnread() {
        fixture.member("ann", "g");
        fixture.stored.put("g", 4L);
        assertEquals(4, overview.of("ann").total());
    }

    @Test
    void aConversationWithoutMessagesHasNothingUnread() {
        fixture.member("ann", "g");
        assertEquals(List.of(new UnreadOverview.Item("g", new UnreadCount(0))), overview.of("ann").items());
    }

    @Test
    void countsStopAtOneHundredAndTheTotalAddsTheCappedCounts() {
        fixture.member("ann", "g", "h");
        fixture.stored.put("g", 500L);
        fixture.stored.put("h", 5L);
        var seen = overview.of("ann");
        assertEquals("99+", seen.items().get(0).unread().display());
        assertEquals(105, seen.total());
    }

    @Test
    void someoneInNoConversationHasAnEmptyOverview() {
        assertEquals(List.of(), overview.of("ann").items());
        assertEquals(0, overview.of("ann").total());
    }

    @Test
    void theLookupsAreOneEachWhateverTheNumberOfConversations() {
        fixture.member("ann", "a", "b", "c", "d");
        overview.of("ann");
        assertEquals(1, fixture.activityAsked.size());
        assertEquals(1, fixture.cursors.lookups);
    }

    @Test
    void lastSeqsThisNodeHeardOfAreNotAskedForAgain() {
        fixture.member("ann", "g", "h");
        overview.of("ann");
        overview.of("ann");
        assertEquals(List.of(List.of("g", "h")), fixture.activityAsked);
    }
}
