package chat.messaging.internal.interfaces.ws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The threads the fan-out of conversation events runs on, one per core. A connection always
 * belongs to the same lane and a lane runs one task at a time, so every connection gets a
 * conversation's frames in the order the events came; a large conversation's connections are
 * spread over every lane, so its fan-out uses every core. Threads of their own (managed, from the
 * container's factory) rather than tasks on the shared executor, where they would wait behind
 * HTTP requests.
 */
@ApplicationScoped
class FanoutLanes {

    private static final Logger LOG = Logger.getLogger(FanoutLanes.class.getName());

    @Resource
    ManagedThreadFactory threads;

    private List<ExecutorService> lanes;

    @PostConstruct
    void start() {
        int count = Math.max(2, Runtime.getRuntime().availableProcessors());
        lanes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lanes.add(Executors.newSingleThreadExecutor(threads));
        }
    }

    /** Runs {@code action} for every connection, each on its connection's lane, after what that lane already holds. */
    void fanOut(Collection<Connection> connections, Consumer<Connection> action) {
        if (connections.isEmpty()) {
            return;
        }
        List<List<Connection>> byLane = new ArrayList<>(lanes.size());
        for (int i = 0; i < lanes.size(); i++) {
            byLane.add(new ArrayList<>());
        }
        for (Connection connection : connections) {
            byLane.get(Math.floorMod(connection.id().hashCode(), lanes.size())).add(connection);
        }
        for (int i = 0; i < lanes.size(); i++) {
            List<Connection> share = byLane.get(i);
            if (!share.isEmpty()) {
                lanes.get(i).execute(() -> share.forEach(c -> run(action, c)));
            }
        }
    }

    private static void run(Consumer<Connection> action, Connection connection) {
        try {
            action.accept(connection);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a frame for " + connection.device() + " was not queued", e);
        }
    }

    @PreDestroy
    void stop() {
        lanes.forEach(ExecutorService::shutdown);
    }
}
