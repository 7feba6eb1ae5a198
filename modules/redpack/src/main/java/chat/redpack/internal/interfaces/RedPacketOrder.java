package chat.redpack.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.redpack.internal.domain.RedPackRules;
import jakarta.validation.constraints.NotNull;

/**
 * What a sender asks for when sending a red packet. The amounts' limits depend on the server's
 * settings and the conversation's size, so {@code RedPackRules} checks them and names the field.
 */
@Schema(name = "RedPacketOrder")
public record RedPacketOrder(
        @NotNull @Schema(required = true, minimum = "1", example = "1000",
                description = "The packet's total in cents: at least 1 cent per share, at most the server's limit "
                        + "(chat.redpack.max-total-cents, 2,000,000 by default)")
        Long totalCents,
        @NotNull @Schema(required = true, minimum = "1", example = "5",
                description = "How many shares: 1 in a direct chat; at most the group's member count and the server's "
                        + "limit (chat.redpack.max-count, 1,000 by default)")
        Long count,
        @Schema(maxLength = RedPackRules.MAX_GREETING, nullable = true, example = "Happy new year!",
                description = "Up to " + RedPackRules.MAX_GREETING + " characters, trimmed; \"" + RedPackRules.DEFAULT_GREETING
                        + "\" when absent or blank")
        String greeting,
        @NotNull @Schema(required = true, minLength = 1, maxLength = RedPackRules.MAX_CLIENT_ID, example = "rp-7f3c2a",
                description = "The client's id for this packet, not blank: the same id again answers the first packet (200)")
        String clientId) {
}
