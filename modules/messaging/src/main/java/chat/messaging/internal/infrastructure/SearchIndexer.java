package chat.messaging.internal.infrastructure;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.messaging.api.MessagesStored;
import chat.messaging.internal.domain.SearchIndex;
import chat.platform.lifecycle.PlatformStartup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Empties the search backlog on every node, every {@code CHAT_SEARCH_INDEX_MILLIS} (200 by
 * default), a batch at a time until it is empty: a message is found by search a moment after its
 * send, and the send never waits for its keys (ADR 0018). While the node stores more than
 * {@code CHAT_SEARCH_BUSY_PER_SECOND} messages a second (50), runs wait until it has been quiet
 * for a second, but never longer than
 * {@code CHAT_SEARCH_MAX_DELAY_SECONDS} (60) ({@link IndexPacing}). Nodes share the work; a batch
 * that fails stays in the backlog for the next run.
 */
@ApplicationScoped
class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

    /** Messages indexed in one transaction. */
    static final int BATCH = 500;

    /** How long a burst of sends must have been over before its backlog is indexed. */
    static final long QUIET_MILLIS = 1_000;

    @Inject
    SearchIndex index;

    @Inject
    @ConfigProperty(name = "chat.search.index-millis", defaultValue = "200")
    long everyMillis;

    @Inject
    @ConfigProperty(name = "chat.search.busy-per-second", defaultValue = "50")
    long busyPerSecond;

    @Inject
    @ConfigProperty(name = "chat.search.max-delay-seconds", defaultValue = "60")
    long maxDelaySeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final LongAdder stored = new LongAdder();
    private IndexPacing pacing;
    private ScheduledFuture<?> run;

    void start(@Observes @Priority(PlatformStartup.PRIORITY + 20) @Initialized(ApplicationScoped.class) Object context) {
        pacing = new IndexPacing((busyPerSecond * everyMillis + 999) / 1000, (int) Math.max(1, QUIET_MILLIS / everyMillis),
                TimeUnit.SECONDS.toNanos(maxDelaySeconds));
        run = scheduler.scheduleWithFixedDelay(this::indexBacklog, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
    }

    /** Counts this node's stored messages, in the sends' own transactions: an addition, nothing more. */
    void counted(@Observes MessagesStored batch) {
        stored.add(batch.messages().size());
    }

    private void indexBacklog() {
        if (!pacing.indexNow(stored.sum(), System.nanoTime())) {
            return;
        }
        try {
            while (index.indexWaiting(BATCH) == BATCH) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "indexing messages for search failed; they wait for the next run", e);
        }
    }

    @PreDestroy
    void stop() {
        if (run != null) {
            run.cancel(false);
        }
    }
}
