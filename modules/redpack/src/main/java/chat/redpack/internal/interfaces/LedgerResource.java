package chat.redpack.internal.interfaces;

import chat.platform.rest.OperatorEndpoint;
import chat.redpack.internal.domain.Ledger;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /admin/ledger/check}: proof that no cent was created or lost: every entry sums to
 * zero, each transfer is two entries that cancel, each balance is the sum of its entries, no wallet
 * or escrow is negative, and each packet's total is its claims, remainder and refund.
 */
@Path("/admin/ledger")
@OperatorEndpoint
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    @Inject
    Ledger ledger;

    @GET
    @Path("check")
    public JsonObject check() {
        Ledger.LedgerReport report = ledger.check();
        return Json.createObjectBuilder().add("balanced", report.balanced()).add("entriesSum", report.entriesSum())
                .add("unbalancedTransfers", report.unbalancedTransfers())
                .add("mismatchedBalances", report.mismatchedBalances()).add("negativeBalances", report.negativeBalances())
                .add("packetsNotAddingUp", report.packetsNotAddingUp()).add("transfers", report.transfers()).build();
    }
}
