package chat.platform.broker;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;

/**
 * Sends to the broker outside any database transaction, on one shared connection (a session per
 * send: sessions are cheap, connections are not). {@link #send} puts work on a durable queue:
 * when it returns, the broker has the message in its journal, so a restart does not lose it (read
 * cursors). {@link #publish} puts a passing state on a topic, at most once (presence, read
 * events). Work that must commit with a database change goes through the outbox instead.
 */
@ApplicationScoped
public class BrokerSender {

    @Inject
    ConnectionFactory connectionFactory;

    private JMSContext connection;

    /** Persists the text on the queue; throws {@code JMSRuntimeException} when the broker refuses it. */
    public void send(String queue, String text) {
        try (JMSContext session = session()) {
            session.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(session.createQueue(queue), text);
        }
    }

    /** Publishes the text to the topic, not persisted; throws {@code JMSRuntimeException} when the broker refuses it. */
    public void publish(String topic, String text) {
        try (JMSContext session = session()) {
            session.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).send(session.createTopic(topic), text);
        }
    }

    /** A session on one shared connection: sessions are cheap, connections are not. */
    private synchronized JMSContext session() {
        if (connection == null) {
            connection = connectionFactory.createContext();
        }
        return connection.createContext(JMSContext.AUTO_ACKNOWLEDGE);
    }

    @PreDestroy
    synchronized void stop() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
