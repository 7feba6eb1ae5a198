package chat.redpack.internal.infrastructure;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import chat.platform.broker.NodeSubscriptions;
import chat.platform.lifecycle.PlatformStartup;
import chat.redpack.internal.application.CreditClaims;
import chat.redpack.internal.application.ExpireRedPacks;
import chat.redpack.internal.application.OpenRedPack;
import chat.redpack.internal.application.ReconcileCredits;
import chat.redpack.internal.application.RedPackSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The module's background work on every node: credits from the durable queue (each taken by one
 * node, redelivered if a node dies before its transaction commits), the reconciler that credits
 * claims whose order has not landed, and the expiry sweep.
 */
@ApplicationScoped
class RedPackJobs {

    private static final long RECONCILE_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(RedPackJobs.class.getName());

    @Inject
    NodeSubscriptions subscriptions;

    @Inject
    CreditClaims creditClaims;

    @Inject
    ExpireRedPacks expireRedPacks;

    @Inject
    ReconcileCredits reconcileCredits;

    @Inject
    RedPackSettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> sweep;
    private ScheduledFuture<?> reconciler;

    void start(@Observes @Priority(PlatformStartup.PRIORITY + 20) @Initialized(ApplicationScoped.class) Object context) {
        subscriptions.consume(OpenRedPack.CREDITS.address(), creditClaims::credit);
        long every = settings.expirySweep().toMillis();
        sweep = scheduler.scheduleWithFixedDelay(this::expire, every, every, TimeUnit.MILLISECONDS);
        reconciler = scheduler.scheduleWithFixedDelay(this::reconcile, RECONCILE_SECONDS, RECONCILE_SECONDS,
                TimeUnit.SECONDS);
    }

    private void reconcile() {
        inBatches("the credit reconciler", reconcileCredits::reconcileBatch, ReconcileCredits.BATCH);
    }

    private void expire() {
        inBatches("the red-packet expiry sweep", expireRedPacks::expireBatch, ExpireRedPacks.BATCH);
    }

    /** Runs a batch job until a batch comes back short of full; a failure waits for the next run. */
    private static void inBatches(String job, IntSupplier batch, int full) {
        try {
            while (batch.getAsInt() == full) {
                LOG.fine(() -> job + " did a full batch; it takes the next one");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, job + " failed; it runs again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel(false);
        }
        if (reconciler != null) {
            reconciler.cancel(false);
        }
    }
}
