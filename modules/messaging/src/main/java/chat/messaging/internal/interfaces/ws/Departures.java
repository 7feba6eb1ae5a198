package chat.messaging.internal.interfaces.ws;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import chat.identity.api.DeviceIdentity;
import chat.identity.api.Presence;
import chat.platform.lifecycle.PlatformStartup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Closed connections tell presence one at a time, on one managed thread. A device going offline
 * costs presence a few database queries (its last-seen time, whether the user has another device,
 * who to tell); done on each closing socket's own thread, a mass disconnect (a network cut, a load
 * balancer restart) once asked for thousands of database connections at once, starved the pool
 * and grew the server's thread pool past ten thousand threads. Queued, the same departures drain
 * at the database's pace on one connection.
 */
@ApplicationScoped
class Departures {

    private static final Logger LOG = Logger.getLogger(Departures.class.getName());

    @Inject
    Presence presence;

    @Inject
    SessionRegistry registry;

    @Resource
    ManagedExecutorService executor;

    private final BlockingQueue<DeviceIdentity> departed = new LinkedBlockingQueue<>();
    private volatile boolean running = true;

    void start(@Observes @Priority(PlatformStartup.PRIORITY + 20) @Initialized(ApplicationScoped.class) Object context) {
        executor.submit(this::drain);
    }

    void departed(DeviceIdentity device) {
        departed.add(device);
    }

    private void drain() {
        while (running) {
            DeviceIdentity device;
            try {
                device = departed.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            // A device that reconnected here meanwhile did not leave.
            if (device != null && !registry.connected(device)) {
                try {
                    presence.disconnected(device);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "presence did not learn that " + device + " went offline", e);
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        running = false;
    }
}
