package chat.redpack.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.redpack.internal.domain.RedPackRules;
import jakarta.validation.constraints.NotNull;

/** A company's credit to a user's wallet (a red-packet budget); the maximum is a setting, checked by {@code RedPackRules}. */
@Schema(name = "WalletCredit")
public record CreditRequest(
        @NotNull @Schema(required = true, minimum = "1", example = "100000",
                description = "Cents to credit: 1 to the server's limit (chat.wallet.max-credit-cents, 100,000,000 by default)")
        Long amountCents,
        @NotNull @Schema(required = true, minLength = 1, maxLength = RedPackRules.MAX_CLIENT_ID, example = "hr-bonus-2026-12",
                description = "The company system's id for this credit, not blank: the same id again moves no money (200)")
        String clientId) {
}
