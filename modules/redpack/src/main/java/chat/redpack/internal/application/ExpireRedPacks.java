package chat.redpack.internal.application;

import chat.redpack.internal.domain.Accounts;
import chat.redpack.internal.domain.Ledger;
import chat.redpack.internal.domain.Packet;
import chat.redpack.internal.domain.PacketRepository;
import chat.redpack.internal.domain.TransferKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Gives unclaimed money back when a packet expires. Safe on several nodes at once: each locks
 * the packets it refunds and skips those another holds, and a refund's transfer key is the packet,
 * so it happens once.
 */
@ApplicationScoped
public class ExpireRedPacks {

    /** Packets refunded per transaction. */
    public static final int BATCH = 100;

    @Inject
    PacketRepository packets;

    @Inject
    Ledger ledger;

    /** Refunds one batch of expired packets; answers how many it expired. */
    @Transactional
    public int expireBatch() {
        var expired = packets.lockExpired(BATCH);
        for (Packet packet : expired) {
            if (packet.remainingCents() > 0) {
                ledger.transfer("refund:" + packet.id(), TransferKind.REFUND, Accounts.escrow(packet.id()),
                        Accounts.wallet(packet.senderId()), packet.remainingCents());
            }
            packets.markExpired(packet.id(), packet.remainingCents());
        }
        return expired.size();
    }
}
