package chat.platform.broker;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;

/**
 * Sends to the broker outside any database transaction, on one shared connection. {@link #send}
 * puts work on a durable queue: when it returns, the broker has the message in its journal, so a
 * restart does not lose it (read cursors). {@link #publish} puts a passing state on a topic, at
 * most once (presence, read events). Work that must commit with a database change goes through
 * the outbox instead.
 *
 * <p>Sessions are kept for the next send rather than opened and closed around each one: opening
 * an Artemis session is a blocking round trip to the broker, and closing it another (a read event
 * per stored message made that the larger part of the send path's broker work). A session serves
 * one sender at a time; at most {@link #IDLE_SESSIONS} wait idle, and one the broker refused is
 * closed rather than kept.
 */
@ApplicationScoped
public class BrokerSender {

    static final int IDLE_SESSIONS = 16;

    @Inject
    ConnectionFactory connectionFactory;

    private JMSContext connection;
    private final Queue<JMSContext> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    /** Persists the text on the queue; throws {@code JMSRuntimeException} when the broker refuses it. */
    public void send(String queue, String text) {
        withSession(session -> session.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                .send(session.createQueue(queue), text));
    }

    /** Persists the text on the queue, for delivery once {@code delay} has passed (a retry's backoff). */
    public void sendLater(String queue, String text, Duration delay) {
        withSession(session -> session.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                .setDeliveryDelay(Math.max(0, delay.toMillis())).send(session.createQueue(queue), text));
    }

    /** Publishes the text to the topic, not persisted; throws {@code JMSRuntimeException} when the broker refuses it. */
    public void publish(String topic, String text) {
        withSession(session -> session.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                .send(session.createTopic(topic), text));
    }

    private void withSession(Consumer<JMSContext> work) {
        JMSContext session = idle.poll();
        if (session != null) {
            idleCount.decrementAndGet();
        } else {
            session = newSession();
        }
        try {
            work.accept(session);
        } catch (JMSRuntimeException | IllegalStateException e) {
            closeQuietly(session);
            throw e;
        }
        if (idleCount.incrementAndGet() <= IDLE_SESSIONS) {
            idle.add(session);
        } else {
            idleCount.decrementAndGet();
            closeQuietly(session);
        }
    }

    /** A session on the shared connection, which is opened with the first one. */
    private synchronized JMSContext newSession() {
        if (connection == null) {
            connection = connectionFactory.createContext();
        }
        return connection.createContext(JMSContext.AUTO_ACKNOWLEDGE);
    }

    private static void closeQuietly(JMSContext session) {
        try {
            session.close();
        } catch (RuntimeException e) {
            // already broken: nothing more to release
        }
    }

    @PreDestroy
    synchronized void stop() {
        for (JMSContext session; (session = idle.poll()) != null; ) {
            closeQuietly(session);
        }
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
