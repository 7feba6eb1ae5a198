package chat.unread.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;
import chat.platform.rest.Caller;

class MoveReadCursorTest {

    private static final Caller ANN_ON_PHONE = new Caller("ann", "phone");

    private final UnreadFixture fixture = new UnreadFixture();
    private final MoveReadCursor move = fixture.moveReadCursor();

    @BeforeEach
    void aConversationOfTenMessages() {
        fixture.member("ann", "g");
        fixture.stored.put("g", 10L);
    }

    @Test
    void readingMovesTheCursorAndTheOtherDevicesHearOfIt() {
        var event = move.read(ANN_ON_PHONE, "g", 7);
        assertEquals(7, fixture.cursors.current("g", "ann"));
        assertEquals("conversation.read", event.getString("event"));
        assertEquals(7, event.getJsonNumber("seq").longValue());
        assertEquals(3, event.getInt("unread"));
        assertEquals("3", event.getString("display"));
        assertEquals(List.of("conversation.read g 7 to [ann] but phone"), fixture.told);
        assertEquals(List.of("g ann 7"), fixture.receiptMoves, "the other members' receipts hear of it");
    }

    @Test
    void readingPastTheLastMessageStopsAtIt() {
        var event = move.read(ANN_ON_PHONE, "g", 99);
        assertEquals(10, fixture.cursors.current("g", "ann"));
        assertEquals(0, event.getInt("unread"));
    }

    @Test
    void aSeqBeyondWhatThisNodeHeardOfIsCheckedWithTheDatabase() {
        move.read(ANN_ON_PHONE, "g", 5);
        fixture.stored.put("g", 12L);
        var event = move.read(ANN_ON_PHONE, "g", 12);
        assertEquals(12, event.getJsonNumber("seq").longValue());
        assertEquals(12, fixture.cursors.current("g", "ann"));
        assertEquals(2, fixture.activityAsked.size());
    }

    @Test
    void aSeqWithinWhatThisNodeHeardOfNeedsNoDatabase() {
        move.read(ANN_ON_PHONE, "g", 5);
        move.read(ANN_ON_PHONE, "g", 8);
        assertEquals(1, fixture.activityAsked.size());
    }

    @Test
    void theCursorNeverMovesBackAndNobodyIsToldOfARead() {
        move.read(ANN_ON_PHONE, "g", 8);
        var event = move.read(ANN_ON_PHONE, "g", 4);
        assertEquals(8, fixture.cursors.current("g", "ann"));
        assertEquals(8, event.getJsonNumber("seq").longValue());
        assertEquals(2, event.getInt("unread"));
        assertEquals(1, fixture.told.size());
        assertEquals(List.of("g ann 8"), fixture.receiptMoves);
    }

    @Test
    void readingWhereTheCursorIsTellsNobody() {
        fixture.cursors.set("g", "ann", 6);
        move.read(ANN_ON_PHONE, "g", 6);
        assertEquals(List.of(), fixture.told);
        assertEquals(List.of(), fixture.receiptMoves);
    }

    @Test
    void readingZeroInAnEmptyConversationIsAllowed() {
        fixture.member("ann", "empty");
        var event = move.read(ANN_ON_PHONE, "empty", 0);
        assertEquals(0, event.getInt("unread"));
        assertEquals(List.of(), fixture.told);
    }

    @Test
    void aNegativeSeqIsRefused() {
        assertEquals("seq", assertThrows(InvalidInputException.class, () -> move.read(ANN_ON_PHONE, "g", -1)).field());
    }

    @Test
    void someoneOutsideTheConversationIsNotToldItExists() {
        assertThrows(NotFoundException.class, () -> move.read(new Caller("eve", "d"), "g", 3));
        assertEquals(List.of(), fixture.told);
    }
}
