package chat.messaging.internal.interfaces.ws;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import chat.messaging.api.MessagesStored;
import chat.platform.lifecycle.PlatformStartup;
import chat.platform.metrics.ChatMetrics;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Messaging's figures on {@code /metrics}: this node's open connections, the messages stored
 * (counted once their transaction commits), the notifies handed to connections, and the time from
 * a message's store to its notify reaching this node's connections.
 */
@ApplicationScoped
class DeliveryMetrics {

    @Inject
    ChatMetrics metrics;

    @Inject
    OpenConnections connections;

    private LongConsumer stored;
    private LongConsumer notifies;
    private Consumer<Duration> sendToNotify;

    void register(@Observes @Priority(PlatformStartup.PRIORITY + 1) @Initialized(ApplicationScoped.class) Object context) {
        metrics.gauge("chat_connections_open", "WebSocket connections open on this node", () -> connections.open());
        stored = metrics.counter("chat_messages_stored", "Messages stored (committed), of every type, by every node's "
                + "sends counted on the node that stored them");
        notifies = metrics.counter("chat_notifies_sent", "Notify frames handed to this node's connections (one per "
                + "connection per run of new messages)");
        sendToNotify = metrics.timer("chat_send_to_notify", "From a message's store (its sentAt) to its notify being "
                + "handed to this node's connections");
    }

    void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagesStored batch) {
        stored.accept(batch.messages().size());
    }

    void notified(int connectionCount) {
        notifies.accept(connectionCount);
    }

    void reached(Instant sentAt) {
        sendToNotify.accept(Duration.between(sentAt, Instant.now()));
    }
}
