package chat.redpack.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import chat.redpack.internal.domain.Accounts;
import chat.redpack.internal.domain.Packet;

class ExpireRedPacksTest {

    private final RedPackFixture fixture = new RedPackFixture();
    private final ExpireRedPacks expire = fixture.expireRedPacks();

    private Packet expiredPacket(String id, long remainingCents, int remainingCount) {
        Packet packet = new Packet(id, "g", "ann", "c-" + id, false, 300, 3, "hi", remainingCents, remainingCount, 0,
                Packet.Status.OPEN, RedPackFixture.LONG_AGO, RedPackFixture.LONG_AGO.plusSeconds(60));
        fixture.ledger.fund(Accounts.escrow(id), remainingCents);
        fixture.packets.expired.add(packet);
        return packet;
    }

    @Test
    void nothingExpiredMeansNothingDone() {
        assertEquals(0, expire.expireBatch());
        assertEquals(List.of(), fixture.ledger.moved);
    }

    @Test
    void theUnclaimedMoneyGoesBackToTheSender() {
        expiredPacket("p", 180, 2);
        assertEquals(1, expire.expireBatch());
        assertEquals(List.of("REFUND refund:p escrow:p -> user:ann 180"), fixture.ledger.moved);
        assertEquals(180, fixture.ledger.balance(Accounts.wallet("ann")));
        assertEquals(0, fixture.ledger.balance(Accounts.escrow("p")));
        assertEquals(Map.of("p", 180L), fixture.packets.refunded);
    }

    @Test
    void aPacketWithNothingLeftIsExpiredWithoutATransfer() {
        expiredPacket("p", 0, 0);
        assertEquals(1, expire.expireBatch());
        assertEquals(List.of(), fixture.ledger.moved);
        assertEquals(Map.of("p", 0L), fixture.packets.refunded);
    }

    @Test
    void aRefundAlreadyMadeIsNotMadeTwice() {
        expiredPacket("p", 180, 2);
        expire.expireBatch();
        expire.expireBatch();
        assertEquals(1, fixture.ledger.moved.size());
        assertEquals(180, fixture.ledger.balance(Accounts.wallet("ann")));
    }

    @Test
    void oneBatchExpiresAtMostBatchPackets() {
        for (int i = 0; i < ExpireRedPacks.BATCH + 1; i++) {
            expiredPacket("p" + i, 1, 1);
        }
        assertEquals(ExpireRedPacks.BATCH, expire.expireBatch());
        assertEquals(ExpireRedPacks.BATCH, fixture.packets.refunded.size());
    }
}
