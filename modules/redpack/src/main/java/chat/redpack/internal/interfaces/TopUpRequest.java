package chat.redpack.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.redpack.internal.domain.RedPackRules;
import jakarta.validation.constraints.NotNull;

/** Money a user adds to their own wallet; the maximum is a setting, so {@code RedPackRules} checks the amount. */
@Schema(name = "WalletTopUp")
public record TopUpRequest(
        @NotNull @Schema(required = true, minimum = "1", example = "5000",
                description = "Cents to add: 1 to the server's limit (chat.wallet.max-topup-cents, 1,000,000 by default)")
        Long amountCents,
        @NotNull @Schema(required = true, minLength = 1, maxLength = RedPackRules.MAX_CLIENT_ID, example = "topup-2026-12-05-1",
                description = "The client's id for this top-up, not blank: the same id again moves no money (200)")
        String clientId) {
}
