package chat.platform.broker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

/**
 * This node's subscriptions: to broadcast topics (every node holds one per topic, so a message
 * published anywhere reaches every node once; one the outbox relayed twice is handed on once) and
 * to work queues (each message handled once by one node). Subscriptions end with the application.
 */
@ApplicationScoped
public class NodeSubscriptions {

    private static final Logger LOG = Logger.getLogger(NodeSubscriptions.class.getName());
    private static final int REMEMBERED = 10_000;

    @Inject
    ConnectionFactory connectionFactory;

    @Resource
    ManagedExecutorService executor;

    private final List<JMSContext> contexts = new ArrayList<>();
    private final Set<Long> recentOutboxIds = new LinkedHashSet<>();
    private volatile boolean stopped;

    /** Hands each text message of the topic to the handler, in the order the broker delivers them. */
    public synchronized void subscribe(String topic, Consumer<String> handler) {
        JMSContext context = connectionFactory.createContext();
        context.createConsumer(context.createTopic(topic)).setMessageListener(m -> deliver(topic, m, handler));
        context.start();
        contexts.add(context);
    }

    /**
     * Takes the queue's messages one at a time, on this node and whichever others consume it: the
     * handler runs on this consumer's own managed thread (it may use the database and transactions),
     * and a message whose handler fails goes back to the broker to be delivered again (then to the
     * DLQ), alone. A thread of its own, not a task per message on the shared executor: under load
     * (a grab storm's HTTP requests) such tasks waited behind the requests, and credits trickled.
     */
    public void consume(String queue, Consumer<String> handler) {
        consumeInBatches(queue, 1, Duration.ZERO, batch -> handler.accept(batch.get(0)));
    }

    /**
     * Takes the queue's messages in batches, on this node and whichever others consume it: up to
     * {@code maxBatch} messages, or what arrived within {@code linger} of the first, go to the
     * handler at once on a managed thread, and are acknowledged together when it returns. A batch
     * whose handler fails goes back to the broker whole (so the handler must be idempotent).
     */
    public synchronized void consumeInBatches(String queue, int maxBatch, Duration linger,
                                              Consumer<List<String>> handler) {
        JMSContext context = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED);
        JMSConsumer consumer = context.createConsumer(context.createQueue(queue));
        context.start();
        contexts.add(context);
        executor.submit(() -> {
            while (!stopped && !Thread.currentThread().isInterrupted()) {
                takeBatch(queue, context, consumer, maxBatch, linger, handler);
            }
        });
    }

    private void takeBatch(String queue, JMSContext context, JMSConsumer consumer, int maxBatch, Duration linger,
                           Consumer<List<String>> handler) {
        List<String> batch = new ArrayList<>();
        try {
            Message first = consumer.receive(1_000);
            if (first == null) {
                return;
            }
            batch.add(((TextMessage) first).getText());
            long until = System.nanoTime() + linger.toNanos();
            while (batch.size() < maxBatch) {
                long waitMillis = (until - System.nanoTime()) / 1_000_000;
                Message next = waitMillis > 0 ? consumer.receive(waitMillis) : consumer.receiveNoWait();
                if (next == null) {
                    break;
                }
                batch.add(((TextMessage) next).getText());
            }
            handler.accept(batch);
            context.commit();
        } catch (JMSRuntimeException e) {
            if (!stopped) {
                LOG.log(Level.WARNING, "the consumer of " + queue + " lost the broker", e);
                pause();
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "a batch of " + batch.size() + " messages of " + queue
                    + " failed and goes back to the broker", e);
            rollback(context);
            pause();
        }
    }

    private static void rollback(JMSContext context) {
        try {
            context.rollback();
        } catch (JMSRuntimeException e) {
            LOG.log(Level.WARNING, "a failed batch could not be rolled back; the broker redelivers it", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(String topic, Message message, Consumer<String> handler) {
        try {
            if (message.propertyExists("chat_outbox_id") && !firstSight(message.getLongProperty("chat_outbox_id"))) {
                return;
            }
            handler.accept(((TextMessage) message).getText());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "a message of " + topic + " could not be handed on", e);
        }
    }

    private synchronized boolean firstSight(long outboxId) {
        if (!recentOutboxIds.add(outboxId)) {
            return false;
        }
        if (recentOutboxIds.size() > REMEMBERED) {
            var oldest = recentOutboxIds.iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    /** The application is stopping: consumers that lose the broker from now on are not failing. */
    void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object context) {
        stopped = true;
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        contexts.forEach(JMSContext::close);
        contexts.clear();
    }
}
