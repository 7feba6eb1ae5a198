package chat.platform.health;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import chat.platform.broker.ChatBroker;
import chat.platform.broker.DeadLetters;
import chat.platform.broker.NodeSubscriptions;
import chat.platform.cache.ChatCaches;
import chat.platform.lifecycle.NodeDrain;
import chat.platform.outbox.OutboxRelay;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@code /health/ready} is UP only while the database, the broker and the cache all answer, every
 * subscription of this node is connected to the broker, and the node is not draining ({@link NodeDrain}). Its details also say whether the outbox
 * relay is backing off, how many rows wait, and how many dead letters wait for an operator.
 */
@Readiness
@ApplicationScoped
public class PartsReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Inject
    ChatBroker broker;

    @Inject
    ChatCaches caches;

    @Inject
    NodeSubscriptions subscriptions;

    @Inject
    OutboxRelay relay;

    @Inject
    DeadLetters deadLetters;

    @Inject
    NodeDrain drain;

    @Override
    public HealthCheckResponse call() {
        boolean database = databaseAnswers();
        boolean brokerUp = broker.isReachable();
        boolean consumersUp = subscriptions.allConnected();
        boolean cacheUp = caches.isRunning();
        var response = HealthCheckResponse.named("parts")
                .withData("database", database)
                .withData("broker", brokerUp)
                .withData("consumers", consumersUp)
                .withData("cache", cacheUp)
                .withData("outboxPending", database ? relay.pendingCount() : -1)
                .withData("outboxRelayPaused", relay.isPaused())
                .withData("draining", drain.isDraining());
        if (brokerUp) {
            response.withData("deadLetters", deadLetters.total());
        }
        return response.status(database && brokerUp && consumersUp && cacheUp && !drain.isDraining()).build();
    }

    private boolean databaseAnswers() {
        try (var c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
