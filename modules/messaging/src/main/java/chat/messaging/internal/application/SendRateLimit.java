package chat.messaging.internal.application;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.groups.api.PostingRight;
import chat.platform.cache.CacheName;
import chat.platform.cache.SharedCache;
import chat.platform.cache.SlidingWindow;
import chat.platform.errors.RateLimitedException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How fast one sender may post, counted in Infinispan so every node shares the count: 20
 * messages in 10 s by default, and one a second in a group of over 500 members.
 */
@ApplicationScoped
public class SendRateLimit {

    static final int LARGE_GROUP = 500;

    @Inject
    @CacheName("messaging.send-rate")
    SharedCache<String> sendTimes;

    @Inject
    @CacheName("messaging.large-group-rate")
    SharedCache<String> largeGroupSendTimes;

    @Inject
    @ConfigProperty(name = "chat.messages.rate.limit", defaultValue = "20")
    int limit;

    @Inject
    @ConfigProperty(name = "chat.messages.rate.window-seconds", defaultValue = "10")
    int windowSeconds;

    private SlidingWindow perSender;
    private SlidingWindow perSenderInLargeGroup;

    @PostConstruct
    void open() {
        perSender = new SlidingWindow(sendTimes, Duration.ofSeconds(windowSeconds));
        perSenderInLargeGroup = new SlidingWindow(largeGroupSendTimes, Duration.ofSeconds(1));
    }

    /** Counts one send, or throws 429 {@code RATE_LIMITED} (and nothing is stored). */
    public void acquire(String senderId, String groupId, PostingRight right) {
        if (right.memberCount() > LARGE_GROUP && !perSenderInLargeGroup.tryAcquire(senderId + "/" + groupId, 1)) {
            throw new RateLimitedException("at most one message a second in a group of over " + LARGE_GROUP + " members");
        }
        if (!perSender.tryAcquire(senderId, limit)) {
            throw new RateLimitedException("at most " + limit + " messages in " + windowSeconds + " s");
        }
    }
}
