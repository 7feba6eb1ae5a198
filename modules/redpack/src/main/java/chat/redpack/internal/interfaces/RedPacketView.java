package chat.redpack.internal.interfaces;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.redpack.internal.domain.Packet;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A red packet as its send answers it: what was sent, where, by whom, and until when it can be grabbed. */
@Schema(name = "RedPacket")
@JsonbPropertyOrder({"id", "groupId", "senderId", "totalCents", "count", "greeting", "expiresAt"})
public record RedPacketView(
        @Schema(required = true, example = "5d0c8a3e-9f1b-4c55-b1de-2f7a8c9e0b14") String id,
        @Schema(required = true, description = "The group or direct chat it was sent to") String groupId,
        @Schema(required = true) String senderId,
        @Schema(required = true, example = "1000") long totalCents,
        @Schema(required = true, example = "5") int count,
        @Schema(required = true, example = "Best wishes") String greeting,
        @Schema(required = true, description = "After this, unclaimed money returns to the sender") Instant expiresAt) {

    static RedPacketView of(Packet p) {
        return new RedPacketView(p.id(), p.conversationId(), p.senderId(), p.totalCents(), p.count(), p.greeting(),
                p.expiresAt());
    }
}
