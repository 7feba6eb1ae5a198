package chat.push.internal.infrastructure;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.platform.broker.BrokerSender;
import chat.platform.broker.NodeSubscriptions;
import chat.platform.lifecycle.PlatformStartup;
import chat.push.internal.application.PushDelivery;
import chat.push.internal.application.PushIntake;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The push pipeline's two durable queues on every node: the intake (batches of stored messages,
 * routed into waiting pushes) and the delivery jobs. A job the other side could not take now is
 * put back on its queue for later, scheduled by the broker, so one slow push service holds up no
 * other device's push.
 */
@ApplicationScoped
class PushQueues {

    /** Intake batches taken at once; what arrived within the linger joins them. */
    static final int INTAKE_BATCH = 32;

    /**
     * Delivery jobs sent at once on this node: a push service (or an endpoint a user named) that
     * answers slowly holds up one of them, for at most the request timeout, not every push.
     */
    @Inject
    @ConfigProperty(name = "chat.push.delivery-threads", defaultValue = "4")
    int deliveryThreads;

    @Inject
    NodeSubscriptions subscriptions;

    @Inject
    BrokerSender broker;

    @Inject
    PushIntake intake;

    @Inject
    PushDelivery delivery;

    void start(@Observes @Priority(PlatformStartup.PRIORITY + 30) @Initialized(ApplicationScoped.class) Object context) {
        subscriptions.consumeInBatches(PushIntake.QUEUE.address(), INTAKE_BATCH, Duration.ofMillis(200),
                batch -> batch.forEach(intake::route));
        for (int i = 0; i < deliveryThreads; i++) {
            subscriptions.consume(PushDelivery.QUEUE.address(), this::deliver);
        }
    }

    private void deliver(String text) {
        var job = PushDelivery.job(text);
        delivery.deliver(job).ifPresent(wait ->
                broker.sendLater(PushDelivery.QUEUE.address(), PushDelivery.jobJson(job.key(), job.attempt() + 1), wait));
    }
}
