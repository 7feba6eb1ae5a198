package chat.messaging.internal.infrastructure;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.messaging.internal.application.RetentionRuns;
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
 * Runs retention a minute after start and then every {@code CHAT_MESSAGES_RETENTION_SWEEP_MINUTES}
 * (60 by default) on every node; a node finding another's run in progress skips its turn.
 */
@ApplicationScoped
class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    @Inject
    RetentionRuns retention;

    @Inject
    @ConfigProperty(name = "chat.messages.retention-sweep-minutes", defaultValue = "60")
    long everyMinutes;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> run;

    void start(@Observes @Priority(PlatformStartup.PRIORITY + 20) @Initialized(ApplicationScoped.class) Object context) {
        if (retention.on()) {
            run = scheduler.scheduleWithFixedDelay(this::sweep, 1, everyMinutes, TimeUnit.MINUTES);
        }
    }

    private void sweep() {
        try {
            retention.runUnlessRunning().filter(r -> r.messagesRemoved() > 0).ifPresent(r -> LOG.info(() ->
                    "retention removed " + r.messagesRemoved() + " messages sent before " + r.cutoff()
                            + " and withdrew " + r.filesWithdrawn() + " files"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "retention failed; what it removed stays removed, the rest waits for the next run", e);
        }
    }

    @PreDestroy
    void stop() {
        if (run != null) {
            run.cancel(false);
        }
    }
}
