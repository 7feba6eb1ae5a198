package chat.redpack.internal.infrastructure;

import java.time.Duration;
import java.time.Instant;

import chat.platform.cache.CacheName;
import chat.platform.cache.SharedCache;
import chat.redpack.internal.domain.Grabs;
import chat.redpack.internal.domain.Packet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Grab counters and markers in the shared cache {@code redpack.grabs}: {@code left:<packet>} is
 * the number of shares not yet granted, started from the database's remaining count the first
 * time a node asks (so after a restart or an eviction the database decides), and decremented by
 * compare-and-set, never below zero; {@code grant:<packet>:<user>} marks a granted grab. Entries
 * live until the packet expires, and an hour more.
 */
@ApplicationScoped
class InfinispanGrabs implements Grabs {

    private static final Duration AFTER_EXPIRY = Duration.ofHours(1);

    @Inject
    @CacheName("redpack.grabs")
    SharedCache<Long> grabs;

    @Override
    public Outcome grab(Packet packet, String userId) {
        Duration lifespan = Duration.between(Instant.now(), packet.expiresAt()).plus(AFTER_EXPIRY);
        String marker = "grant:" + packet.id() + ":" + userId;
        if (!grabs.putIfAbsent(marker, 1L, lifespan)) {
            return Outcome.ALREADY_GRABBED;
        }
        String left = "left:" + packet.id();
        grabs.putIfAbsent(left, (long) packet.remainingCount(), lifespan);
        while (true) {
            long shares = grabs.get(left).orElse(0L);
            if (shares <= 0) {
                grabs.remove(marker);
                return Outcome.SOLD_OUT;
            }
            if (grabs.replace(left, shares, shares - 1, lifespan)) {
                return Outcome.GRANTED;
            }
        }
    }

    @Override
    public boolean granted(String packetId, String userId) {
        return grabs.contains("grant:" + packetId + ":" + userId);
    }
}
