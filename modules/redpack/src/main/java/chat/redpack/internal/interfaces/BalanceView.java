package chat.redpack.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.redpack.internal.application.Wallets;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The caller's wallet balance: the answer to a balance query and to a top-up. */
@Schema(name = "WalletBalance")
@JsonbPropertyOrder({"balanceCents"})
public record BalanceView(@Schema(required = true, example = "5000") long balanceCents) {

    static BalanceView of(long balanceCents) {
        return new BalanceView(balanceCents);
    }

    static BalanceView of(Wallets.Funded funded) {
        return new BalanceView(funded.balanceCents());
    }
}
