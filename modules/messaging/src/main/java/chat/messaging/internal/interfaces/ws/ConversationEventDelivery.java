package chat.messaging.internal.interfaces.ws;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import chat.messaging.api.ConversationAdvanced;
import chat.messaging.internal.application.ConversationEvent;
import chat.platform.broker.NodeSubscriptions;
import chat.platform.lifecycle.PlatformStartup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * This node's share of the fan-out: each conversation event (a notify for a stored message, a
 * recall) arrives here once, whatever the conversation's size, and goes to the local
 * connections the conversation index lists, on their {@link FanoutLanes}. A notify's message is
 * encoded once into the conversation's {@link NotifyFeed}, and every connection shares the frame
 * built from it; conversations past {@link PacedConversations#LARGE} local connections are paced.
 * Other modules on the node hear of each new seq as a {@link ConversationAdvanced} event.
 */
@ApplicationScoped
class ConversationEventDelivery {

    static final long SWEEP_MILLIS = 100;
    /** A feed this long without a message is dropped; the next message starts a new one. */
    static final long FEED_IDLE_MILLIS = 30_000;

    @Inject
    NodeSubscriptions subscriptions;

    @Inject
    ConversationIndex index;

    @Inject
    FanoutLanes lanes;

    @Inject
    Event<ConversationAdvanced> advanced;

    @Inject
    DeliveryMetrics metrics;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<String, NotifyFeed> feeds = new ConcurrentHashMap<>();
    private final PacedConversations paced = new PacedConversations();
    private ScheduledFuture<?> sweep;
    private long lastFeedSweep = System.currentTimeMillis();

    void start(@Observes @Priority(PlatformStartup.PRIORITY + 20) @Initialized(ApplicationScoped.class) Object context) {
        subscriptions.subscribe(ConversationEvent.TOPIC.address(), text -> deliver(ConversationEvent.parse(text)));
        sweep = scheduler.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void deliver(ConversationEvent event) {
        String groupId = event.groupId();
        Set<Connection> connections = index.connectionsOf(groupId);
        if (!event.isNotify()) {
            String frame = event.frame().toString();
            lanes.fanOut(connections, c -> c.send(groupId, frame));
            return;
        }
        NotifyRun run = feeds.computeIfAbsent(groupId, NotifyFeed::new).append(event.frame());
        newestSentAt(event.frame()).ifPresent(metrics::reached);
        if (connections.size() > PacedConversations.LARGE) {
            synchronized (paced) {
                paced.offer(run.feed(), run.to(), System.currentTimeMillis()).ifPresent(this::fanOut);
            }
        } else {
            fanOut(run);
        }
        advanced.fire(new ConversationAdvanced(groupId, run.to()));
    }

    private void fanOut(NotifyRun run) {
        Set<Connection> connections = index.connectionsOf(run.conversationId());
        lanes.fanOut(connections, c -> c.notifyOf(run));
        metrics.notified(connections.size());
    }

    /** When the newest message a notify carries was stored; none when it carries only a seq. */
    private static Optional<Instant> newestSentAt(JsonObject notify) {
        JsonArray items = notify.getJsonArray("items");
        return items == null || items.isEmpty() ? Optional.empty()
                : Optional.of(Instant.parse(items.getJsonObject(items.size() - 1).getString("sentAt")));
    }

    private void sweep() {
        long now = System.currentTimeMillis();
        synchronized (paced) {
            paced.due(now).forEach(this::fanOut);
        }
        if (now - lastFeedSweep >= FEED_IDLE_MILLIS) {
            feeds.values().removeIf(feed -> now - feed.appendedAt() >= FEED_IDLE_MILLIS);
            lastFeedSweep = now;
        }
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }
}
