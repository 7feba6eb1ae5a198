package chat.redpack.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import chat.platform.errors.ConflictException;
import chat.platform.errors.ErrorCode;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;
import chat.redpack.internal.domain.Accounts;
import chat.redpack.internal.domain.Packet;

class SendRedPackTest {

    private final RedPackFixture fixture = new RedPackFixture();
    private final SendRedPack send = fixture.sendRedPack();

    private SendRedPack.Order order(String groupId, long totalCents, long count, String greeting, String clientId) {
        return new SendRedPack.Order(groupId, "ann", totalCents, count, greeting, clientId);
    }

    @Test
    void theMoneyMovesFromTheWalletToTheEscrowAndAMessageAnnouncesThePacket() {
        fixture.conversations.group("g", "ann", "bob", "cat");
        fixture.ledger.fund(Accounts.wallet("ann"), 1000);
        var sent = send.send(order("g", 300, 3, "Happy new year", "c1"));
        assertTrue(sent.created());
        Packet packet = sent.packet();
        assertEquals(300, packet.remainingCents());
        assertEquals(3, packet.remainingCount());
        assertEquals(Packet.Status.OPEN, packet.status());
        assertFalse(packet.direct());
        assertEquals(packet.createdAt().plus(fixture.settings.ttl()), packet.expiresAt());
        assertEquals(700, fixture.ledger.balance(Accounts.wallet("ann")));
        assertEquals(300, fixture.ledger.balance(Accounts.escrow(packet.id())));
        assertEquals(List.of("announced g by ann: Happy new year"), fixture.recorded.lines);
        assertSame(packet, fixture.packets.byId.get(packet.id()));
    }

    @Test
    void aBlankGreetingBecomesTheDefaultOne() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.ledger.fund(Accounts.wallet("ann"), 100);
        var sent = send.send(order("g", 100, 1, "  ", "c1"));
        assertEquals("Best wishes", sent.packet().greeting());
        assertEquals(List.of("announced g by ann: Best wishes"), fixture.recorded.lines);
    }

    @Test
    void aPacketInADirectChatIsMarkedDirect() {
        fixture.conversations.direct("d", "ann", "bob");
        fixture.ledger.fund(Accounts.wallet("ann"), 100);
        assertTrue(send.send(order("d", 100, 1, null, "c1")).packet().direct());
    }

    @Test
    void theSameClientIdAgainAnswersTheFirstPacketAndMovesNoMoreMoney() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.ledger.fund(Accounts.wallet("ann"), 1000);
        Packet first = send.send(order("g", 200, 2, null, "c1")).packet();
        var again = send.send(order("g", 200, 2, null, "c1"));
        assertFalse(again.created());
        assertEquals(first, again.packet());
        assertEquals(800, fixture.ledger.balance(Accounts.wallet("ann")));
        assertEquals(1, fixture.recorded.lines.size());
    }

    @Test
    void aRetryIsAnsweredEvenWhenItsAmountsWouldNowBeRefused() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.ledger.fund(Accounts.wallet("ann"), 1000);
        Packet first = send.send(order("g", 200, 2, null, "c1")).packet();
        assertEquals(first, send.send(order("g", 0, 0, null, "c1")).packet());
    }

    @Test
    void aClientIdUsedForAPacketInAnotherConversationIsRefused() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.conversations.group("h", "ann", "bob");
        fixture.ledger.fund(Accounts.wallet("ann"), 1000);
        send.send(order("g", 200, 2, null, "c1"));
        var refused = assertThrows(ConflictException.class, () -> send.send(order("h", 200, 2, null, "c1")));
        assertEquals("CLIENT_ID_REUSED", refused.code());
    }

    @Test
    void aSendRacingTheSameClientIdAnswersThePacketTheOtherCallStored() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.ledger.fund(Accounts.wallet("ann"), 1000);
        Packet other = new Packet("p0", "g", "ann", "c1", false, 100, 1, "Best wishes", 100, 1, 0,
                Packet.Status.OPEN, RedPackFixture.LONG_AGO, RedPackFixture.FAR_AHEAD);
        fixture.packets.beforeInsert = () -> fixture.packets.put(other);
        var sent = send.send(order("g", 200, 2, null, "c1"));
        assertFalse(sent.created());
        assertEquals(other, sent.packet());
        assertEquals(1000, fixture.ledger.balance(Accounts.wallet("ann")));
        assertEquals(List.of(), fixture.recorded.lines);
    }

    @Test
    void aRacingSendOfTheSameClientIdInAnotherConversationIsRefused() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.ledger.fund(Accounts.wallet("ann"), 1000);
        Packet other = new Packet("p0", "h", "ann", "c1", false, 100, 1, "Best wishes", 100, 1, 0,
                Packet.Status.OPEN, RedPackFixture.LONG_AGO, RedPackFixture.FAR_AHEAD);
        fixture.packets.beforeInsert = () -> fixture.packets.put(other);
        assertEquals("CLIENT_ID_REUSED", assertThrows(ConflictException.class,
                () -> send.send(order("g", 200, 2, null, "c1"))).code());
    }

    @Test
    void withoutTheMoneyTheSendIsRefused() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.ledger.fund(Accounts.wallet("ann"), 99);
        var refused = assertThrows(ConflictException.class, () -> send.send(order("g", 100, 1, null, "c1")));
        assertEquals("INSUFFICIENT_FUNDS", refused.code());
        assertEquals(99, fixture.ledger.balance(Accounts.wallet("ann")));
        assertEquals(List.of(), fixture.recorded.lines);
    }

    @Test
    void aMissingClientIdIsRefused() {
        fixture.conversations.group("g", "ann", "bob");
        assertEquals("clientId", assertThrows(InvalidInputException.class,
                () -> send.send(order("g", 100, 1, null, null))).field());
    }

    @Test
    void aGreetingTooLongIsRefused() {
        fixture.conversations.group("g", "ann", "bob");
        assertEquals("greeting", assertThrows(InvalidInputException.class,
                () -> send.send(order("g", 100, 1, "x".repeat(101), "c1"))).field());
    }

    @Test
    void moreSharesThanMembersAreRefused() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.ledger.fund(Accounts.wallet("ann"), 1000);
        assertEquals("count", assertThrows(InvalidInputException.class,
                () -> send.send(order("g", 300, 3, null, "c1"))).field());
    }

    @Test
    void moreThanOneShareInADirectChatIsRefused() {
        fixture.conversations.direct("d", "ann", "bob");
        fixture.ledger.fund(Accounts.wallet("ann"), 1000);
        assertEquals("count", assertThrows(InvalidInputException.class,
                () -> send.send(order("d", 200, 2, null, "c1"))).field());
    }

    @Test
    void aTotalAboveTheServersLimitIsRefused() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.settings.maxTotalCents = 500;
        fixture.ledger.fund(Accounts.wallet("ann"), 1000);
        assertEquals("totalCents", assertThrows(InvalidInputException.class,
                () -> send.send(order("g", 501, 1, null, "c1"))).field());
    }

    @Test
    void someoneOutsideTheConversationCannotSendIntoIt() {
        fixture.conversations.group("g", "bob", "cat");
        fixture.ledger.fund(Accounts.wallet("ann"), 1000);
        assertThrows(NotFoundException.class, () -> send.send(order("g", 100, 1, null, "c1")));
        assertEquals(1000, fixture.ledger.balance(Accounts.wallet("ann")));
    }

    @Test
    void aMutedMemberCannotSend() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.conversations.refusePosting.put("g", new ForbiddenException(ErrorCode.MUTED, "muted"));
        fixture.ledger.fund(Accounts.wallet("ann"), 1000);
        assertEquals("MUTED", assertThrows(ForbiddenException.class,
                () -> send.send(order("g", 100, 1, null, "c1"))).code());
        assertEquals(List.of(), fixture.recorded.lines);
    }
}
