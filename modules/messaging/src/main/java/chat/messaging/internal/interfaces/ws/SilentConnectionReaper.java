package chat.messaging.internal.interfaces.ws;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import chat.identity.api.Presence;
import chat.platform.lifecycle.PlatformStartup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;

/**
 * Closes connections that sent nothing for a whole heartbeat window: the client is gone even if
 * the TCP connection has not noticed yet, and the close makes the device offline.
 */
@ApplicationScoped
class SilentConnectionReaper {

    @Inject
    SessionRegistry registry;

    @Inject
    Presence presence;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(PlatformStartup.PRIORITY + 20) @Initialized(ApplicationScoped.class) Object context) {
        task = scheduler.scheduleWithFixedDelay(this::reap, 1, 1, TimeUnit.SECONDS);
    }

    void reap() {
        long silentSince = System.currentTimeMillis() - presence.windowMillis();
        for (Connection connection : registry.all()) {
            if (connection.lastHeardMillis() < silentSince) {
                connection.close(CloseReason.CloseCodes.GOING_AWAY, "no ping within the heartbeat window");
            }
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
