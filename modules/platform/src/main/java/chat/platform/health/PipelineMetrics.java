package chat.platform.health;

import chat.platform.broker.DeadLetters;
import chat.platform.lifecycle.PlatformStartup;
import chat.platform.metrics.ChatMetrics;
import chat.platform.outbox.OutboxRelay;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The pipeline's gauges on {@code /metrics}, read when scraped: the dead letters waiting for an
 * operator, the outbox rows not yet published and the age of the oldest; -1 while the broker or
 * the database does not answer.
 */
@ApplicationScoped
class PipelineMetrics {

    @Inject
    ChatMetrics metrics;

    @Inject
    DeadLetters deadLetters;

    @Inject
    OutboxRelay relay;

    void register(@Observes @Priority(PlatformStartup.PRIORITY + 1) @Initialized(ApplicationScoped.class) Object context) {
        metrics.gauge("chat_dead_letters", "Messages in the dead-letter queues, waiting for an operator to read and re-drive them",
                deadLetters::total);
        metrics.gauge("chat_outbox_pending", "Outbox rows (stored events) not yet published to the broker", relay::pendingCount);
        metrics.gauge("chat_outbox_oldest_seconds", "Age of the oldest outbox row not yet published, 0 when none waits",
                relay::oldestPendingSeconds);
    }
}
