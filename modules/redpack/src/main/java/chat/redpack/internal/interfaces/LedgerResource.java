package chat.redpack.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.platform.rest.OperatorEndpoint;
import chat.redpack.internal.domain.Ledger;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
@Tag(name = "operator")
@SecurityRequirement(name = "operatorKey")
@OperatorEndpoint
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    @Inject
    Ledger ledger;

    @GET
    @Path("check")
    @Operation(operationId = "checkLedger", summary = "Check that no cent was created or lost",
            description = "Runs the whole-ledger check: entries sum to zero, transfers cancel, balances match their "
                    + "entries, nothing is negative, and every packet adds up. Changes nothing.")
    public LedgerCheckView check() {
        return LedgerCheckView.of(ledger.check());
    }
}
