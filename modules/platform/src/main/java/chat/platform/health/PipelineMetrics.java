package chat.platform.health;

import org.eclipse.microprofile.metrics.MetricRegistry;

import chat.platform.broker.DeadLetters;
import chat.platform.lifecycle.PlatformStartup;
import chat.platform.outbox.OutboxRelay;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The pipeline's gauges on {@code /metrics}: {@code chat_dead_letters} (messages waiting in the
 * dead-letter queue for an operator) and {@code chat_outbox_pending} (rows not yet published), read
 * when scraped; -1 while the broker or the database does not answer.
 */
@ApplicationScoped
class PipelineMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    DeadLetters deadLetters;

    @Inject
    OutboxRelay relay;

    void register(@Observes @Priority(PlatformStartup.PRIORITY + 1) @Initialized(ApplicationScoped.class) Object context) {
        registry.gauge("chat_dead_letters", deadLetters, DeadLetters::total);
        registry.gauge("chat_outbox_pending", relay, OutboxRelay::pendingCount);
    }
}
