package chat.redpack.internal.interfaces;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.redpack.internal.application.ViewRedPack;
import chat.redpack.internal.domain.Packet;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A red packet as its conversation's members see it: the packet, what is left of it, what went
 * back to the sender, and who claimed how much. Every cent is claimed, remaining or refunded.
 */
@Schema(name = "RedPacketDetail")
@JsonbPropertyOrder({"id", "groupId", "senderId", "totalCents", "count", "greeting", "expiresAt", "remainingCents",
        "remainingCount", "refundedCents", "status", "claims"})
public record RedPacketDetailView(
        @Schema(required = true) String id,
        @Schema(required = true, description = "The group or direct chat it was sent to") String groupId,
        @Schema(required = true) String senderId,
        @Schema(required = true, example = "1000") long totalCents,
        @Schema(required = true, example = "5") int count,
        @Schema(required = true, example = "Best wishes") String greeting,
        @Schema(required = true) Instant expiresAt,
        @Schema(required = true, example = "640") long remainingCents,
        @Schema(required = true, example = "3") int remainingCount,
        @Schema(required = true, description = "Returned to the sender when the packet expired", example = "0")
        long refundedCents,
        @Schema(required = true) Packet.Status status,
        @Schema(required = true, description = "The shares opened so far, in the order they were opened")
        List<RedPacketClaimView> claims) {

    static RedPacketDetailView of(ViewRedPack.View view) {
        Packet p = view.packet();
        return new RedPacketDetailView(p.id(), p.conversationId(), p.senderId(), p.totalCents(), p.count(), p.greeting(),
                p.expiresAt(), p.remainingCents(), p.remainingCount(), p.refundedCents(), p.status(),
                view.claims().stream().map(RedPacketClaimView::of).toList());
    }
}
