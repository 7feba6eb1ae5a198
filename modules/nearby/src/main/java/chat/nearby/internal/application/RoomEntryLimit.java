package chat.nearby.internal.application;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.platform.cache.CacheName;
import chat.platform.cache.SharedCache;
import chat.platform.cache.SlidingWindow;
import chat.platform.errors.RateLimitedException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How often one person may join or enter face-to-face rooms: {@code CHAT_NEARBY_ROOM_RATE_LIMIT}
 * times a minute (10 by default), counted in Infinispan so every node shares the count. A room
 * code has only 9,000 values; without a limit, someone standing where the opener stood (or
 * claiming to) finds the code by trying them all in seconds.
 */
@ApplicationScoped
public class RoomEntryLimit {

    static final Duration WINDOW = Duration.ofMinutes(1);

    @Inject
    @CacheName("nearby.entry-rate")
    SharedCache<String> entryTimes;

    @Inject
    @ConfigProperty(name = "chat.nearby.room-rate-limit", defaultValue = "10")
    int perMinute;

    private SlidingWindow entries;

    @PostConstruct
    void open() {
        entries = new SlidingWindow(entryTimes, WINDOW);
    }

    /** Counts one join or entry, or throws 429 {@code RATE_LIMITED} (and the caller does nothing). */
    public void acquire(String userId) {
        if (!entries.tryAcquire(userId, perMinute)) {
            throw new RateLimitedException("at most " + perMinute + " face-to-face room joins and entries a minute");
        }
    }
}
