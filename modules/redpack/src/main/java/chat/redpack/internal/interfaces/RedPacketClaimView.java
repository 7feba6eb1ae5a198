package chat.redpack.internal.interfaces;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.redpack.internal.domain.Claim;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One member's opened share of a red packet. */
@Schema(name = "RedPacketClaim")
@JsonbPropertyOrder({"userId", "amountCents", "at"})
public record RedPacketClaimView(
        @Schema(required = true) String userId,
        @Schema(required = true, example = "120") long amountCents,
        @Schema(required = true, description = "When the share was opened") Instant at) {

    static RedPacketClaimView of(Claim claim) {
        return new RedPacketClaimView(claim.userId(), claim.amountCents(), claim.at());
    }
}
