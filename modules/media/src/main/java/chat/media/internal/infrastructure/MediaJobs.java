package chat.media.internal.infrastructure;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.media.internal.application.SweepUnpostedMedia;
import chat.platform.lifecycle.PlatformStartup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** The sweep of unposted uploads and orphan staged files, every {@code CHAT_MEDIA_SWEEP_SECONDS} (600 by default) on every node. */
@ApplicationScoped
class MediaJobs {

    private static final Logger LOG = Logger.getLogger(MediaJobs.class.getName());

    @Inject
    SweepUnpostedMedia sweeper;

    @Inject
    @ConfigProperty(name = "chat.media.sweep-seconds", defaultValue = "600")
    long sweepSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> sweep;

    void start(@Observes @Priority(PlatformStartup.PRIORITY + 20) @Initialized(ApplicationScoped.class) Object context) {
        sweep = scheduler.scheduleWithFixedDelay(this::sweep, sweepSeconds, sweepSeconds, TimeUnit.SECONDS);
    }

    private void sweep() {
        try {
            int removed = sweeper.sweep();
            if (removed > 0) {
                LOG.info(() -> "removed " + removed + " uploads that nobody posted");
            }
            int orphans = sweeper.sweepStaging();
            if (orphans > 0) {
                LOG.info(() -> "removed " + orphans + " staged files that no upload finished");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the sweep of unposted uploads failed; it runs again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }
}
