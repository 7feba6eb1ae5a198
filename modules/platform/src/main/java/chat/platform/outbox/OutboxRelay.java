package chat.platform.outbox;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.platform.faults.Backoff;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs the publisher (and, every minute, deletes rows published longer ago than
 * {@code CHAT_OUTBOX_RETENTION_MINUTES}, 60 by default): at once after a commit that wrote outbox rows, and every second for rows a
 * crash or a broker outage left behind. One drain runs at a time on this node; wake-ups that arrive
 * while it runs fold into one more pass of the same drain, so they never pile up as waiting tasks.
 * While the broker or the database refuses, the relay backs off (1 s doubling to 30 s) instead of
 * spinning, and says so once when it pauses and once when it resumes.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    @Inject
    OutboxPublisher publisher;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile boolean stopped;
    private ScheduledFuture<?> sweep;
    private ScheduledFuture<?> pruning;

    @Inject
    @ConfigProperty(name = "chat.outbox.retention-minutes", defaultValue = "60")
    int retentionMinutes;

    @Inject
    @ConfigProperty(name = "chat.outbox.prune-seconds", defaultValue = "60")
    long pruneSeconds;

    /** Starts the periodic sweep; called once at application start. */
    public void start() {
        sweep = scheduler.scheduleWithFixedDelay(this::wake, 1, 1, TimeUnit.SECONDS);
        pruning = scheduler.scheduleWithFixedDelay(this::prune, pruneSeconds, pruneSeconds, TimeUnit.SECONDS);
    }

    /** Asks for a pass soon; cheap to call often. */
    public void wake() {
        requested.set(true);
        if (!stopped && draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                // The server is stopping; the rows stay pending and the next start publishes them.
                draining.set(false);
            }
        }
    }

    private void drain() {
        try {
            while (!stopped && backoff.ready() && requested.getAndSet(false)) {
                OutboxPublisher.Pass pass;
                do {
                    pass = publisher.publishBatch();
                } while (pass.refusal() == null && pass.published() > 0 && !stopped);
                if (pass.refusal() != null) {
                    paused(pass.refusal());
                } else {
                    resumed();
                }
            }
        } catch (Exception e) {
            paused(e);
        } finally {
            draining.set(false);
        }
        if (requested.get() && backoff.ready()) {
            wake();
        }
    }

    private void paused(Exception cause) {
        if (backoff.failed()) {
            LOG.log(Level.WARNING, "outbox relay paused: the broker or the database refused a batch; the rows stay"
                    + " pending and the relay retries with backoff (up to every 30 s) until it goes through", cause);
        }
        requested.set(true);
    }

    private void resumed() {
        backoff.succeeded().ifPresent(down -> LOG.info("outbox relay resumed after " + down.toSeconds() + " s"));
    }

    /** True while the relay is backing off after a refusal (a readiness detail). */
    public boolean isPaused() {
        return backoff.isFailing();
    }

    /** Rows not yet published, or -1 when the database does not answer. */
    public long pendingCount() {
        try {
            return publisher.pendingCount();
        } catch (Exception e) {
            return -1;
        }
    }

    /** How long the oldest row not yet published has waited, in seconds (0: none), or -1 when the database does not answer. */
    public long oldestPendingSeconds() {
        try {
            return publisher.oldestPendingSeconds();
        } catch (Exception e) {
            return -1;
        }
    }

    private void prune() {
        try {
            while (!stopped && publisher.prunePublished(retentionMinutes) > 0) {
                // a batch at a time, until nothing old is left
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "pruning published outbox rows failed; the next minute retries", e);
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        if (pruning != null) {
            pruning.cancel(false);
        }
        if (sweep != null) {
            sweep.cancel(false);
        }
    }
}
