package chat.messaging.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import chat.messaging.internal.domain.Message;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;

class ReadHistoryTest {

    private final MessagingFixture fixture = new MessagingFixture();
    private final ReadHistory read = fixture.readHistory();

    private void messages(int count) {
        fixture.conversations.group("g", "ann", "bob");
        for (int seq = 1; seq <= count; seq++) {
            fixture.text("g", seq, "bob");
        }
    }

    private static List<Long> seqs(ReadHistory.Page page) {
        return page.items().stream().map(Message::seq).toList();
    }

    @Test
    void aPullAnswersTheMessagesAfterASeqFromTheDatabase() {
        messages(5);
        var page = read.after("ann", "g", 2, null, null);
        assertEquals(List.of(3L, 4L, 5L), seqs(page));
        assertFalse(page.hasMore());
        assertEquals(1, fixture.messages.reads);
    }

    @Test
    void aPullStopsAtUntil() {
        messages(5);
        assertEquals(List.of(2L, 3L), seqs(read.after("ann", "g", 1, 3L, null)));
    }

    @Test
    void aPullOfAFullPageSaysMoreExist() {
        messages(5);
        var page = read.after("ann", "g", 0, null, 3L);
        assertEquals(List.of(1L, 2L, 3L), seqs(page));
        assertTrue(page.hasMore());
    }

    @Test
    void aPullTheWindowHoldsIsAnsweredWithoutTheDatabase() {
        messages(5);
        fixture.recent.hold("g", fixture.messages.stored);
        assertEquals(List.of(4L, 5L), seqs(read.after("ann", "g", 3, 5L, null)));
        assertEquals(0, fixture.messages.reads);
    }

    @Test
    void aPullFromTheWindowLeavesOutWhatTheReaderHid() {
        messages(5);
        fixture.recent.hold("g", fixture.messages.stored);
        fixture.recent.hidden.put("ann|g", Set.of(4L));
        assertEquals(List.of(3L, 5L), seqs(read.after("ann", "g", 2, 5L, null)));
        assertEquals(0, fixture.messages.reads);
    }

    @Test
    void aPullWithoutAnUpperEndIsAnsweredByTheDatabase() {
        messages(5);
        fixture.recent.hold("g", fixture.messages.stored);
        assertEquals(List.of(4L, 5L), seqs(read.after("ann", "g", 3, null, null)));
        assertEquals(1, fixture.messages.reads);
    }

    @Test
    void aFullPageFromTheWindowSaysMoreExistEvenWhenTheReaderHidOneOfIt() {
        messages(5);
        fixture.recent.hold("g", fixture.messages.stored);
        fixture.recent.hidden.put("ann|g", Set.of(2L));
        var page = read.after("ann", "g", 0, 5L, 2L);
        assertEquals(List.of(1L, 3L), seqs(page));
        assertTrue(page.hasMore(), "messages 4 and 5 are still to come");
    }

    @Test
    void aFullPageFromTheDatabaseSaysMoreExistWhenTheReaderHidOneOfIt() {
        messages(5);
        fixture.messages.hide("ann", "g", 2);
        var page = read.after("ann", "g", 0, 5L, 2L);
        assertEquals(List.of(1L, 3L), seqs(page));
        assertTrue(page.hasMore());
    }

    @Test
    void aPullFromTheDatabaseLeavesOutWhatTheReaderHid() {
        messages(3);
        fixture.messages.hide("ann", "g", 2);
        assertEquals(List.of(1L, 3L), seqs(read.after("ann", "g", 0, null, null)));
        assertEquals(List.of(1L, 2L, 3L), seqs(read.after("bob", "g", 0, null, null)));
    }

    @Test
    void aNegativeAfterIsRefused() {
        messages(1);
        assertEquals("after", assertThrows(InvalidInputException.class,
                () -> read.after("ann", "g", -1, null, null)).field());
    }

    @Test
    void anUntilBelowAfterIsRefused() {
        messages(1);
        assertEquals("after", assertThrows(InvalidInputException.class,
                () -> read.after("ann", "g", 5, 4L, null)).field());
    }

    @Test
    void untilEqualToAfterIsAnEmptyPage() {
        messages(5);
        assertEquals(List.of(), read.after("ann", "g", 3, 3L, null).items());
    }

    @Test
    void aLimitOfZeroIsRefused() {
        messages(1);
        assertEquals("limit", assertThrows(InvalidInputException.class,
                () -> read.after("ann", "g", 0, null, 0L)).field());
    }

    @Test
    void aLimitAboveTheMaximumIsRefused() {
        messages(1);
        assertEquals("limit", assertThrows(InvalidInputException.class,
                () -> read.after("ann", "g", 0, null, 201L)).field());
    }

    @Test
    void aLimitThatANarrowingCastWouldTurnIntoOneIsRefused() {
        messages(1);
        assertEquals("limit", assertThrows(InvalidInputException.class,
                () -> read.before("ann", "g", 5, -4294967295L)).field());
    }

    @Test
    void theMaximumLimitIsAllowed() {
        messages(1);
        assertEquals(1, read.after("ann", "g", 0, null, 200L).items().size());
    }

    @Test
    void someoneOutsideTheConversationCannotPull() {
        messages(1);
        assertThrows(NotFoundException.class, () -> read.after("eve", "g", 0, null, null));
    }

    @Test
    void aKnownMembersPullIsNotCheckedAgain() {
        messages(2);
        assertEquals(List.of(1L, 2L), seqs(read.afterAsKnownMember("eve", "g", 0, null, null)));
    }

    @Test
    void historyAnswersTheLastPageBeforeASeqInAscendingOrder() {
        messages(5);
        var page = read.before("ann", "g", 5, 2L);
        assertEquals(List.of(3L, 4L), seqs(page));
        assertTrue(page.hasMore());
    }

    @Test
    void historyReachingTheFirstMessageSaysNoMore() {
        messages(3);
        var page = read.before("ann", "g", 4, null);
        assertEquals(List.of(1L, 2L, 3L), seqs(page));
        assertFalse(page.hasMore());
    }

    @Test
    void historyBeforeSeqOneIsRefused() {
        messages(1);
        assertEquals("before", assertThrows(InvalidInputException.class,
                () -> read.before("ann", "g", 0, null)).field());
    }

    @Test
    void someoneOutsideTheConversationCannotReadItsHistory() {
        messages(1);
        assertThrows(NotFoundException.class, () -> read.before("eve", "g", 2, null));
    }
}
