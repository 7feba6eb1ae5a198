package chat.unread.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.messaging.api.MessageStored;
import chat.messaging.api.MessagesStored;
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
        assertEquals(List.of(new UnreadOverview.Item("g", new UnreadCount(3), false),
                        new UnreadOverview.Item("h", new UnreadCount(0), false)),
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
        assertEquals(List.of(new UnreadOverview.Item("g", new UnreadCount(0), false)), overview.of("ann").items());
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
    void anUnreadMessageThatMentionsTheMemberMarksTheConversationUntilTheyReadPastIt() {
        fixture.member("ann", "g", "h");
        fixture.stored.put("g", 10L);
        fixture.stored.put("h", 10L);
        fixture.cursors.set("g", "ann", 5);
        fixture.cursors.set("h", "ann", 5);
        fixture.mentionsOfSends().stored(new MessagesStored(List.of(sent("g", 8, List.of("bo", "ann"), false),
                sent("h", 4, List.of("ann"), false))));
        var seen = overview.of("ann").items();
        assertTrue(seen.get(0).mentioned(), "seq 8 mentions ann, who read up to 5");
        assertFalse(seen.get(1).mentioned(), "seq 4 mentions ann, who read past it");
        fixture.cursors.set("g", "ann", 8);
        assertFalse(overview.of("ann").items().get(0).mentioned());
    }

    @Test
    void aMentionOfEveryoneMarksEveryMemberButNotAConversationWithoutOne() {
        fixture.member("ann", "g", "h");
        fixture.member("bo", "g");
        fixture.stored.put("g", 3L);
        fixture.stored.put("h", 3L);
        fixture.mentionsOfSends().stored(new MessagesStored(List.of(sent("g", 2, List.of(), true))));
        assertTrue(overview.of("ann").items().get(0).mentioned());
        assertTrue(overview.of("bo").items().get(0).mentioned());
        assertFalse(overview.of("ann").items().get(1).mentioned());
    }

    @Test
    void aBatchThatMentionsNobodyWritesNoMark() {
        fixture.mentionsOfSends().stored(new MessagesStored(List.of(sent("g", 1, List.of(), false))));
        assertEquals(0, fixture.mentions.writes);
    }

    private static MessageStored sent(String groupId, long seq, List<String> mentions, boolean all) {
        return new MessageStored(groupId, seq, "cy", "TEXT", Instant.EPOCH, "hi", mentions, all);
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
