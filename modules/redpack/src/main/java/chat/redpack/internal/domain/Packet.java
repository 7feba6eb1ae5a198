package chat.redpack.internal.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A red packet; every cent of it is claimed, remaining or refunded. */
public record Packet(String id, String conversationId, String senderId, String clientId, boolean direct,
                     long totalCents, int count, String greeting, long remainingCents, int remainingCount,
                     long refundedCents, Status status, Instant createdAt, Instant expiresAt) {

    /** Named for clients: an answer's schema would otherwise be a bare, ambiguous {@code Status}. */
    @Schema(name = "RedPacketStatus")
    public enum Status { OPEN, FINISHED, EXPIRED }

    public boolean expiredAt(Instant now) {
        return status == Status.EXPIRED || (status == Status.OPEN && !now.isBefore(expiresAt));
    }

    /** The sender may grab in a group, not in a direct chat (where the packet is for the other person). */
    public boolean grabbableBy(String userId) {
        return !(direct && senderId.equals(userId));
    }
}
