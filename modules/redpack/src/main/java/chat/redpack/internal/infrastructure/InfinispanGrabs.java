package chat.redpack.internal.infrastructure;

import java.time.Duration;
import java.time.Instant;

import chat.platform.cache.ChatCaches;
import chat.platform.cache.SharedCache;
import chat.redpack.internal.domain.Grabs;
import chat.redpack.internal.domain.Packet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Grab counters and markers in the shared cache {@code redpack-grabs}: {@code left:<packet>} is
 * the number of shares not yet granted, started from the database's remaining count the first
 * time a node asks (so after a restart or an eviction the database decides), and decremented by
 * compare-and-set, never below zero; {@code grant:<packet>:<user>} marks a granted grab. Entries
 * live until the packet expires, and an hour more.
 */
@ApplicationScoped
class InfinispanGrabs implements Grabs {

    private static final Duration AFTER_EXPIRY = Duration.ofHours(1);

    @Inject
    ChatCaches caches;

    private SharedCache<Long> cache;

    private SharedCache<Long> cache() {
        if (cache == null) {
            cache = caches.cache("redpack-grabs");
        }
        return cache;
    }

    @Override
    public Outcome grab(Packet packet, String userId) {
        Duration lifespan = Duration.between(Instant.now(), packet.expiresAt()).plus(AFTER_EXPIRY);
        String marker = "grant:" + packet.id() + ":" + userId;
        if (!cache().putIfAbsent(marker, 1L, lifespan)) {
            return Outcome.ALREADY_GRABBED;
        }
        String left = "left:" + packet.id();
        cache().putIfAbsent(left, (long) packet.remainingCount(), lifespan);
        while (true) {
            long shares = cache().get(left).orElse(0L);
            if (shares <= 0) {
                cache().remove(marker);
                return Outcome.SOLD_OUT;
            }
            if (cache().replace(left, shares, shares - 1, lifespan)) {
                return Outcome.GRANTED;
            }
        }
    }

    @Override
    public boolean granted(String packetId, String userId) {
        return cache().contains("grant:" + packetId + ":" + userId);
    }
}
