package chat.redpack.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.redpack.internal.application.Wallets;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The wallet an operator credited, with its balance after the credit, so a company system can reconcile. */
@Schema(name = "CreditedWallet")
@JsonbPropertyOrder({"userId", "balanceCents"})
public record CreditedWalletView(
        @Schema(required = true) String userId,
        @Schema(required = true, example = "100000") long balanceCents) {

    static CreditedWalletView of(String userId, Wallets.Funded funded) {
        return new CreditedWalletView(userId, funded.balanceCents());
    }
}
