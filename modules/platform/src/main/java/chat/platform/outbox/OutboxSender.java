package chat.platform.outbox;

import java.util.List;
import java.util.logging.Logger;

import chat.platform.broker.ChatBroker;
import chat.platform.faults.CrashPoints;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

/**
 * The relay's one transacted JMS session. Every message carries its row's duplicate-detection id,
 * so Artemis drops a row sent again after a relay died between the broker's commit and the
 * database's: the broker then rolls the whole batch back and {@link #sendAlone} tells which rows
 * it already had. Used by one relay thread at a time (the publisher is synchronized).
 */
@ApplicationScoped
class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @Inject
    ConnectionFactory connectionFactory;

    @Inject
    CrashPoints crashPoints;

    @Inject
    ChatBroker broker;

    private jakarta.jms.Connection jms;
    private Session session;
    private MessageProducer producer;

    /** Sends the rows in one broker transaction; throws when the broker refuses any of them. */
    void sendAll(List<OutboxRow> rows) throws JMSException {
        try {
            for (OutboxRow row : rows) {
                send(row);
            }
            session.commit();
        } catch (JMSException | RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
        crashPoints.reached(CrashPoints.OUTBOX_AFTER_BROKER_COMMIT);
    }

    /**
     * Sends one row in a transaction of its own: true when the broker took it now, false when it
     * had it already (a duplicate); throws when the broker refuses it for any other reason.
     */
    boolean sendAlone(OutboxRow row) throws JMSException {
        try {
            sendAll(List.of(row));
            return true;
        } catch (JMSException e) {
            if (broker.isDuplicateRefusal(e)) {
                return false;
            }
            throw e;
        }
    }

    private void send(OutboxRow row) throws JMSException {
        Session s = session();
        OutboxDestination destination = row.destination();
        var target = destination.topic() ? s.createTopic(destination.address()) : s.createQueue(destination.address());
        var message = s.createTextMessage(row.payload());
        message.setStringProperty(OutboxHeaders.DEDUP_ID, row.dedupId());
        if (row.key() != null) {
            message.setStringProperty("chat_key", row.key());
        }
        message.setStringProperty("_AMQ_DUPL_ID", row.dedupId());
        producer.send(target, message, DeliveryMode.PERSISTENT, jakarta.jms.Message.DEFAULT_PRIORITY,
                jakarta.jms.Message.DEFAULT_TIME_TO_LIVE);
    }

    private void rollbackQuietly() {
        if (session == null) {
            return;
        }
        try {
            session.rollback();
        } catch (JMSException | RuntimeException e) {
            LOG.fine("rolling back the relay's session failed; the connection is replaced: " + e);
            close();
        }
    }

    private Session session() throws JMSException {
        if (session == null) {
            jms = connectionFactory.createConnection();
            session = jms.createSession(true, Session.SESSION_TRANSACTED);
            producer = session.createProducer(null);
        }
        return session;
    }

    /** Drops the connection; the next send opens a new one. */
    @PreDestroy
    void close() {
        if (jms != null) {
            try {
                jms.close();
            } catch (JMSException e) {
                LOG.fine("closing the relay's JMS connection: " + e);
            }
        }
        jms = null;
        session = null;
        producer = null;
    }
}
