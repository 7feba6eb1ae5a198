package chat.platform.broker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;


import chat.platform.outbox.OutboxHeaders;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

/**
 * This node's subscriptions: to broadcast topics (every node holds one per topic, so a message
 * published anywhere reaches every node once; one the outbox relayed twice is handed on once) and
 * to work queues (each message handled once by one node). Each has a connection of its own, which
 * Artemis reconnects after the broker restarts (its consumers with it); until it has, the
 * subscription counts as disconnected and readiness says so. Subscriptions end with the application.
 */
@ApplicationScoped
public class NodeSubscriptions {

    private static final Logger LOG = Logger.getLogger(NodeSubscriptions.class.getName());
    private static final int REMEMBERED = 10_000;

    @Inject
    ConnectionFactory connectionFactory;

    @Inject
    ChatBroker broker;

    @Resource
    ManagedExecutorService executor;

    private final List<Connection> connections = new ArrayList<>();
    private final Map<String, Boolean> connected = new ConcurrentHashMap<>();
    private final Set<String> recentDedupIds = new LinkedHashSet<>();
    private volatile boolean stopped;

    /** Hands each text message of the topic to the handler, in the order the broker delivers them. */
    public synchronized void subscribe(String topic, Consumer<String> handler) {
        try {
            Connection connection = open("topic " + topic);
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createConsumer(session.createTopic(topic)).setMessageListener(m -> deliver(topic, m, handler));
            connection.start();
        } catch (JMSException e) {
            throw new IllegalStateException("cannot subscribe to " + topic, e);
        }
    }

    /**
     * Takes the queue's messages one at a time, on this node and whichever others consume it: the
     * handler runs on this consumer's own managed thread (it may use the database and transactions).
     * A thread of its own, not a task per message on the shared executor: under load (a grab storm's
     * HTTP requests) such tasks waited behind the requests, and credits trickled. What a failure does
     * is {@link QueueConsumer}'s to say: retried while a part is away, dead-lettered when hopeless.
     */
    public void consume(String queue, Consumer<String> handler) {
        consumeInBatches(queue, 1, Duration.ZERO, batch -> handler.accept(batch.get(0)));
    }

    /**
     * Takes the queue's messages in batches, on this node and whichever others consume it: up to
     * {@code maxBatch} messages, or what arrived within {@code linger} of the first, go to the
     * handler at once on a managed thread, and are acknowledged together when it returns (so the
     * handler must be idempotent: a crash repeats a batch).
     */
    public synchronized void consumeInBatches(String queue, int maxBatch, Duration linger,
                                              Consumer<List<String>> handler) {
        try {
            Connection connection = open("queue " + queue);
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            var consumer = new QueueConsumer(queue, session, maxBatch, linger, handler, () -> stopped);
            connection.start();
            executor.submit(consumer);
        } catch (JMSException e) {
            throw new IllegalStateException("cannot consume " + queue, e);
        }
    }

    /** True while every subscription is connected. */
    public boolean allConnected() {
        return !connected.containsValue(false);
    }

    private Connection open(String name) throws JMSException {
        Connection connection = connectionFactory.createConnection();
        connected.put(name, true);
        broker.watch(connection, up -> {
            connected.put(name, up);
            if (!stopped) {
                LOG.log(up ? Level.INFO : Level.WARNING, "the broker connection of " + name + (up ? " is back" : " is lost"));
            }
        });
        connections.add(connection);
        return connection;
    }

    private void deliver(String topic, Message message, Consumer<String> handler) {
        try {
            String dedupId = message.getStringProperty(OutboxHeaders.DEDUP_ID);
            if (dedupId != null && !firstSight(dedupId)) {
                return;
            }
            handler.accept(((TextMessage) message).getText());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "a message of " + topic + " could not be handed on", e);
        }
    }

    private synchronized boolean firstSight(String dedupId) {
        if (!recentDedupIds.add(dedupId)) {
            return false;
        }
        if (recentDedupIds.size() > REMEMBERED) {
            var oldest = recentDedupIds.iterator();
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
        for (Connection connection : connections) {
            try {
                connection.close();
            } catch (JMSException e) {
                LOG.fine("closing a subscription's connection: " + e);
            }
        }
        connections.clear();
        connected.clear();
    }
}
