package chat.redpack.internal.application;

import java.io.StringReader;

import chat.platform.faults.Undeliverable;
import chat.redpack.internal.domain.Accounts;
import chat.redpack.internal.domain.Claim;
import chat.redpack.internal.domain.Ledger;
import chat.redpack.internal.domain.PacketRepository;
import chat.redpack.internal.domain.TransferKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import chat.platform.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;

/**
 * Moves an opened claim's money from the packet's escrow to the claimer's wallet, once: the
 * transfer's key is the claim, so a credit order delivered twice (after a crash), or credited by the
 * reconciler as well as by the queue, moves nothing the second time.
 */
@ApplicationScoped
public class CreditClaims {

    @Inject
    Ledger ledger;

    @Inject
    PacketRepository packets;

    /** A credit order from the durable queue; one naming no opened claim can never succeed. */
    @Transactional
    public void credit(String order) {
        JsonObject json = Json.createReader(new StringReader(order)).readObject();
        String packetId = json.getString("packetId");
        String userId = json.getString("userId");
        Claim claim = packets.claim(packetId, userId)
                .orElseThrow(() -> new Undeliverable("no claim of " + userId + " on packet " + packetId));
        credit(claim);
    }

    /** Credits the claim unless it has been already. */
    @Transactional
    public void credit(Claim claim) {
        ledger.transfer("claim:" + claim.packetId() + ":" + claim.userId(), TransferKind.CLAIM,
                Accounts.escrow(claim.packetId()), Accounts.wallet(claim.userId()), claim.amountCents());
        packets.markCredited(claim.packetId(), claim.userId());
    }
}
