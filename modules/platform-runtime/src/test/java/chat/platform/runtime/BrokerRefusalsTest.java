package chat.platform.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.jms.JMSException;
import jakarta.jms.Session;

/** What a real Artemis answers when a transaction resends an id it has: the relay must recognise it. */
class BrokerRefusalsTest {

    private EmbeddedActiveMQ broker;
    private ActiveMQConnectionFactory factory;

    @BeforeEach
    void startBroker() throws Exception {
        broker = new EmbeddedActiveMQ();
        broker.setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false).setSecurityEnabled(false)
                .setJMXManagementEnabled(false).addAcceptorConfiguration("in-vm", "vm://42"));
        broker.start();
        factory = new ActiveMQConnectionFactory("vm://42");
    }

    @AfterEach
    void stopBroker() throws Exception {
        factory.close();
        broker.stop();
    }

    @Test
    void aBatchResendingAnIdTheBrokerHasIsRefusedAsADuplicate() throws Exception {
        try (var connection = factory.createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            var producer = session.createProducer(session.createQueue("q"));
            producer.send(message(session, "outbox-a"));
            session.commit();

            producer.send(message(session, "outbox-b"));
            producer.send(message(session, "outbox-a"));
            JMSException refused = assertThrows(JMSException.class, session::commit);
            assertTrue(BrokerRefusals.isDuplicate(refused), "refused as a duplicate: " + refused);
        }
    }

    @Test
    void otherRefusalsAreNotDuplicates() {
        assertFalse(BrokerRefusals.isDuplicate(new JMSException("the broker is gone")));
        assertFalse(BrokerRefusals.isDuplicate(new IllegalStateException(new RuntimeException())));
    }

    private static jakarta.jms.Message message(Session session, String id) throws JMSException {
        var message = session.createTextMessage("{}");
        message.setStringProperty("_AMQ_DUPL_ID", id);
        return message;
    }
}
