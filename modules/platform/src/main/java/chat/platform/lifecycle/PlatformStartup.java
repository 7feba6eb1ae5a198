package chat.platform.lifecycle;

import java.util.logging.Logger;

import chat.platform.broker.ChatBroker;
import chat.platform.cache.ChatCaches;
import chat.platform.cache.NamedCaches;
import chat.platform.db.DatabaseMigrator;
import chat.platform.outbox.OutboxRelay;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Brings the node's parts up in order when the application starts, before any module's own start
 * observer runs: the schema, then the caches (every one the modules name), then the broker, then
 * what consumes and relays.
 * Each part stops itself in its {@code @PreDestroy}, so a stop or redeploy leaves nothing running.
 */
@ApplicationScoped
public class PlatformStartup {

    /** Observers of application start in the modules use a priority after this one. */
    public static final int PRIORITY = 0;

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    DatabaseMigrator database;

    @Inject
    ChatCaches caches;

    @Inject
    NamedCaches namedCaches;

    @Inject
    ChatBroker broker;

    @Inject
    OutboxRelay relay;

    void onStart(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object context) throws Exception {
        long started = System.nanoTime();
        database.migrate();
        caches.start();
        namedCaches.startAll();
        broker.start();
        relay.start();
        LOG.info(() -> "platform ready in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
