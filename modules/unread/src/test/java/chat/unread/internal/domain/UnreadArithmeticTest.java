package chat.unread.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;

class UnreadArithmeticTest {

    @Test
    void unreadIsTheDistanceFromTheCursorToTheLastSeq() {
        assertEquals(0, UnreadCount.of(0, 0).count());
        assertEquals(7, UnreadCount.of(10, 3).count());
        assertEquals("7", UnreadCount.of(10, 3).display());
        assertEquals("0", UnreadCount.of(10, 10).display());
    }

    @Test
    void countsStopAtAHundredShownAs99Plus() {
        assertEquals(99, UnreadCount.of(99, 0).count());
        assertEquals("99", UnreadCount.of(99, 0).display());
        assertEquals(100, UnreadCount.of(100, 0).count());
        assertEquals("99+", UnreadCount.of(100, 0).display());
        assertEquals(100, UnreadCount.of(150, 0).count());
        assertEquals(100, UnreadCount.of(Long.MAX_VALUE, 0).count());
        assertEquals(10, UnreadCount.of(150, 140).count());
    }

    @Test
    void aCursorBeyondTheLastSeqLeavesNothingUnread() {
        assertEquals(0, UnreadCount.of(5, 9).count());
    }

    @Test
    void totalsShowLikeBadges() {
        assertEquals("99", UnreadCount.display(99));
        assertEquals("99+", UnreadCount.display(100));
        assertEquals("99+", UnreadCount.display(250));
    }

    @Test
    void aCountOutsideZeroToTheCapCannotExist() {
        assertThrows(IllegalArgumentException.class, () -> new UnreadCount(-1));
        assertThrows(IllegalArgumentException.class, () -> new UnreadCount(101));
    }

    @Test
    void aReadIsClampedToTheLastSeqAndNeverMovesBack() {
        assertEquals(140, ReadCursor.target(140, 150));
        assertEquals(150, ReadCursor.target(1_000_000, 150));
        assertEquals(0, ReadCursor.target(0, 150));
        assertTrue(ReadCursor.advances(5, 140));
        assertFalse(ReadCursor.advances(140, 5));
        assertFalse(ReadCursor.advances(140, 140));
    }

    @Test
    void aNegativeSeqIsBadInput() {
        var refused = assertThrows(InvalidInputException.class, () -> ReadCursor.target(-1, 150));
        assertEquals("seq: must be 0 or more", refused.getMessage());
    }
}
