package chat.platform.broker;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;

/**
 * Sends work to a durable queue outside any database transaction: when {@link #send} returns,
 * the broker has the message in its journal, so a restart does not lose it. For work a client's
 * request hands on without a transaction of its own (read cursors); work that must commit with a
 * database change goes through the outbox instead.
 */
@ApplicationScoped
public class WorkQueues {

    @Inject
    ConnectionFactory connectionFactory;

    private JMSContext connection;

    /** Persists the text on the queue; throws {@code JMSRuntimeException} when the broker refuses it. */
    public void send(String queue, String text) {
        try (JMSContext session = session()) {
            session.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(session.createQueue(queue), text);
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
