package chat.messaging.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import chat.platform.errors.InvalidInputException;

class MessageRulesTest {

    private static final Instant SENT = Instant.parse("2026-11-25T17:00:00Z");

    // Types

    @Test
    void clientsSendText() {
        assertEquals(MessageType.TEXT, MessageRules.clientType("TEXT"));
    }

    @Test
    void clientsSendImagesAudioAndVideo() {
        assertEquals(MessageType.IMAGE, MessageRules.clientType("IMAGE"));
        assertEquals(MessageType.AUDIO, MessageRules.clientType("AUDIO"));
        assertEquals(MessageType.VIDEO, MessageRules.clientType("VIDEO"));
    }

    @Test
    void aSystemMessageFromAClientIsRefusedNamingType() {
        var refused = refused(() -> MessageRules.clientType("SYSTEM"));
        assertEquals("type", refused.field());
        assertEquals("type: SYSTEM messages come from the server, not from clients", refused.getMessage());
    }

    @Test
    void aRedPacketMessageFromAClientIsRefused() {
        assertEquals("type", refused(() -> MessageRules.clientType("REDPACK")).field());
    }

    @Test
    void anUnknownTypeIsRefusedNamingType() {
        var refused = refused(() -> MessageRules.clientType("STICKER"));
        assertEquals("type", refused.field());
        assertTrue(refused.getMessage().startsWith("type: "), refused.getMessage());
    }

    @Test
    void aTypeInTheWrongCaseIsRefused() {
        assertEquals("type", refused(() -> MessageRules.clientType("text")).field());
    }

    @Test
    void aMissingTypeIsRefused() {
        assertEquals("type", refused(() -> MessageRules.clientType(null)).field());
    }

    @Test
    void anEmptyTypeIsRefused() {
        assertEquals("type", refused(() -> MessageRules.clientType("")).field());
    }

    // Client message ids

    @Test
    void aClientMsgIdOfOneCharacterIsKept() {
        assertEquals("a", MessageRules.clientMsgId("a"));
    }

    @Test
    void aClientMsgIdOfSixtyFourCharactersIsKept() {
        assertEquals("c".repeat(64), MessageRules.clientMsgId("c".repeat(64)));
    }

    @Test
    void aClientMsgIdOfSixtyFiveCharactersIsRefusedNamingTheField() {
        var refused = refused(() -> MessageRules.clientMsgId("c".repeat(65)));
        assertEquals("clientMsgId", refused.field());
        assertTrue(refused.getMessage().startsWith("clientMsgId: "), refused.getMessage());
    }

    @Test
    void anEmptyClientMsgIdIsRefused() {
        assertEquals("clientMsgId", refused(() -> MessageRules.clientMsgId("")).field());
    }

    @Test
    void aMissingClientMsgIdIsRefused() {
        assertEquals("clientMsgId", refused(() -> MessageRules.clientMsgId(null)).field());
    }

    // Text

    @Test
    void aTextOfOneCharacterIsKept() {
        assertEquals("x", MessageRules.text("x"));
    }

    @Test
    void aTextOfTenThousandCharactersIsKept() {
        assertEquals(10_000, MessageRules.text("x".repeat(10_000)).length());
    }

    @Test
    void aTextOfTenThousandAndOneCharactersIsRefusedNamingText() {
        var refused = refused(() -> MessageRules.text("x".repeat(10_001)));
        assertEquals("text", refused.field());
        assertEquals("text: must be at most 10000 characters", refused.getMessage());
    }

    @Test
    void aTextIsCountedInCharactersNotUtf16Units() {
        assertEquals(20_000, MessageRules.text("😀".repeat(10_000)).length());
        assertEquals("text", refused(() -> MessageRules.text("😀".repeat(10_001))).field());
    }

    @Test
    void aMissingTextIsRefusedNamingText() {
        var refused = refused(() -> MessageRules.text(null));
        assertEquals("text", refused.field());
        assertEquals("text: is required for a TEXT message", refused.getMessage());
    }

    @Test
    void anEmptyTextIsRefused() {
        assertEquals("text", refused(() -> MessageRules.text("")).field());
    }

    @Test
    void aTextOfOnlyWhitespaceIsRefused() {
        assertEquals("text", refused(() -> MessageRules.text(" \n\t ")).field());
    }

    @Test
    void aTextIsKeptAsWrittenWithItsSpaces() {
        assertEquals("  indented\n", MessageRules.text("  indented\n"));
    }

    // Recall

    @Test
    void aMessageCanBeRecalledAtOnce() {
        assertTrue(MessageRules.withinRecallWindow(SENT, SENT));
    }

    @Test
    void aMessageCanBeRecalledUpToTwoMinutesAfterItWasSent() {
        assertTrue(MessageRules.withinRecallWindow(SENT, SENT.plusSeconds(120)));
    }

    @Test
    void aMessageCannotBeRecalledPastTwoMinutes() {
        assertFalse(MessageRules.withinRecallWindow(SENT, SENT.plusSeconds(120).plusNanos(1)));
    }

    @Test
    void aMessageStampedAheadOfTheClockCanBeRecalled() {
        assertTrue(MessageRules.withinRecallWindow(SENT, SENT.minusSeconds(5)));
    }

    @Test
    void anOperatorsRemovalNeedsAReasonOfAtMost500Characters() {
        assertEquals("card number posted", MessageRules.removalReason("  card number posted "));
        assertEquals(500, MessageRules.removalReason("x".repeat(500)).length());
        for (String bad : new String[] {null, "", "   ", "x".repeat(501)}) {
            assertTrue(refused(() -> MessageRules.removalReason(bad)).getMessage().startsWith("reason"), String.valueOf(bad));
        }
    }

    private static InvalidInputException refused(Executable call) {
        var refused = assertThrows(InvalidInputException.class, call);
        assertEquals("BAD_REQUEST", refused.code());
        assertEquals(400, refused.status());
        return refused;
    }
}
