package chat.platform.health;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import chat.platform.broker.ChatBroker;
import chat.platform.cache.ChatCaches;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code /health/ready} is UP only while the database, the broker and the cache all answer. */
@Readiness
@ApplicationScoped
public class PartsReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Inject
    ChatBroker broker;

    @Inject
    ChatCaches caches;

    @Override
    public HealthCheckResponse call() {
        boolean database = databaseAnswers();
        boolean brokerUp = broker.isReachable();
        boolean cacheUp = caches.isRunning();
        return HealthCheckResponse.named("parts")
                .withData("database", database)
                .withData("broker", brokerUp)
                .withData("cache", cacheUp)
                .status(database && brokerUp && cacheUp)
                .build();
    }

    private boolean databaseAnswers() {
        try (var c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
