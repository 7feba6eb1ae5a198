package chat.platform.lifecycle;

import java.time.Duration;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * How a node leaves a cluster gently, before it is stopped: readiness turns DOWN at once, so the
 * front door takes the node out of its rotation at its next health check; after that grace the
 * node's clients are told to reconnect ({@link NodeDraining}), and reach another node. Requests
 * already running finish; the stop that follows waits for them as Liberty's quiesce does. A
 * drained node stays drained until it restarts.
 */
@ApplicationScoped
public class NodeDrain {

    private static final Logger LOG = Logger.getLogger(NodeDrain.class.getName());

    @Inject
    @ConfigProperty(name = "chat.node.drain-grace-millis", defaultValue = "2500")
    long graceMillis;

    @Inject
    Event<NodeDraining> draining;

    private volatile boolean drained;

    public boolean isDraining() {
        return drained;
    }

    /** Turns readiness DOWN, waits the front door's grace, then tells the clients; returns when done. */
    public synchronized Duration drain() throws InterruptedException {
        long started = System.nanoTime();
        if (!drained) {
            drained = true;
            LOG.info(() -> "draining: readiness is DOWN; clients are told to reconnect in " + graceMillis + " ms");
            Thread.sleep(graceMillis);
            draining.fire(new NodeDraining());
            LOG.info("drained: clients were told to reconnect elsewhere");
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
