package chat.messaging.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class QuoteTest {

    private static Message message(MessageType type, String text) {
        return new Message("g", 4, "ann", "c4", type, text, null, Instant.EPOCH, false);
    }

    @Test
    void aQuoteKeepsTheFirstHundredCharactersCountingCodePointsNotCharsOfJava() {
        String long101 = "😀".repeat(60) + "x".repeat(41);
        Quote quote = Quote.of(message(MessageType.TEXT, long101));
        assertEquals(new Quote(4, "ann", MessageType.TEXT, "😀".repeat(60) + "x".repeat(40)), quote);
        assertEquals("short", Quote.of(message(MessageType.TEXT, "short")).preview());
        assertEquals("x".repeat(100), Quote.of(message(MessageType.TEXT, "x".repeat(100))).preview());
    }

    @Test
    void mediaAndRecalledMessagesAreQuotedWithAnEmptyPreview() {
        assertEquals(new Quote(4, "ann", MessageType.IMAGE, ""), Quote.of(message(MessageType.IMAGE, null)));
        assertEquals("", Quote.of(message(MessageType.TEXT, "gone").recalledCopy()).preview());
        assertEquals("Happy new year", Quote.of(message(MessageType.REDPACK, "Happy new year")).preview());
    }
}
