package chat.redpack.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The caller's opened share of a red packet: the same amount on every retry. */
@Schema(name = "RedPacketShare")
@JsonbPropertyOrder({"amountCents"})
public record ShareView(
        @Schema(required = true, example = "120", description = "Credited to the caller's wallet within moments")
        long amountCents) {

    static ShareView of(long amountCents) {
        return new ShareView(amountCents);
    }
}
