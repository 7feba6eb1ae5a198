package chat.redpack.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.redpack.internal.domain.Ledger;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** What the operator's whole-ledger check found: every count is 0, and {@code balanced} true, when no cent was created or lost. */
@Schema(name = "LedgerCheck")
@JsonbPropertyOrder({"balanced", "entriesSum", "unbalancedTransfers", "mismatchedBalances", "negativeBalances",
        "packetsNotAddingUp", "transfers"})
public record LedgerCheckView(
        @Schema(required = true, description = "True when every check below found nothing") boolean balanced,
        @Schema(required = true, description = "The sum of every entry, in cents: 0") long entriesSum,
        @Schema(required = true, description = "Transfers whose two entries do not cancel") long unbalancedTransfers,
        @Schema(required = true, description = "Accounts whose balance is not the sum of their entries") long mismatchedBalances,
        @Schema(required = true, description = "Wallets and escrows below zero") long negativeBalances,
        @Schema(required = true, description = "Packets whose total is not their claims, remainder and refund")
        long packetsNotAddingUp,
        @Schema(required = true, description = "How many transfers the ledger holds") long transfers) {

    static LedgerCheckView of(Ledger.LedgerReport report) {
        return new LedgerCheckView(report.balanced(), report.entriesSum(), report.unbalancedTransfers(),
                report.mismatchedBalances(), report.negativeBalances(), report.packetsNotAddingUp(), report.transfers());
    }
}
