package chat.redpack.internal.domain;

import java.time.Instant;

/** A user's share of a packet, opened; {@code credited} once the money reached their wallet. */
public record Claim(String packetId, String userId, long amountCents, Instant at, boolean credited) {
}
