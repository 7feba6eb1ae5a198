package chat.redpack.internal.application;

import java.io.StringReader;

import chat.redpack.internal.domain.Accounts;
import chat.redpack.internal.domain.Ledger;
import chat.redpack.internal.domain.PacketRepository;
import chat.redpack.internal.domain.TransferKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;

/**
 * Moves an opened claim's money from the packet's escrow to the claimer's wallet, once: the
 * transfer's key is the claim, so a credit order delivered twice (after a crash) moves nothing
 * the second time.
 */
@ApplicationScoped
public class CreditClaims {

    @Inject
    Ledger ledger;

    @Inject
    PacketRepository packets;

    @Transactional
    public void credit(String order) {
        JsonObject json = Json.createReader(new StringReader(order)).readObject();
        String packetId = json.getString("packetId");
        String userId = json.getString("userId");
        ledger.transfer("claim:" + packetId + ":" + userId, TransferKind.CLAIM, Accounts.escrow(packetId),
                Accounts.wallet(userId), json.getJsonNumber("amountCents").longValueExact());
        packets.markCredited(packetId, userId);
    }
}
