package chat.platform.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.transaction.Transactional;

/**
 * Publishes pending outbox rows to Artemis, oldest first, a batch per JMS transaction (one round
 * trip to the broker, not one per message). One node at a time holds the relay (a PostgreSQL
 * advisory lock), so messages leave in the order they were written. A batch that the broker
 * refuses stays pending; its first row's attempts and last error say why.
 */
@ApplicationScoped
class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class.getName());
    private static final int BATCH = 500;
    private static final long RELAY_LOCK = 0x0c4a7_0b0cL;

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Inject
    ConnectionFactory connectionFactory;

    private jakarta.jms.Connection jms;
    private Session session;
    private MessageProducer producer;

    /** Publishes one batch; answers how many rows left, so the caller knows whether to go on. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    synchronized int publishBatch() throws SQLException {
        long first = 0;
        try (Connection c = dataSource.getConnection()) {
            if (!holdsRelayLock(c)) {
                return 0;
            }
            List<Long> ids = new ArrayList<>();
            try (var select = c.prepareStatement("SELECT id, destination, message_key, payload FROM platform.outbox"
                    + " WHERE status = 'PENDING' ORDER BY id LIMIT " + BATCH);
                 var rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    if (ids.isEmpty()) {
                        first = id;
                    }
                    send(id, OutboxDestination.decode(rows.getString(2)), rows.getString(3), rows.getString(4));
                    ids.add(id);
                }
                if (!ids.isEmpty()) {
                    session.commit();
                }
            } catch (JMSException | RuntimeException e) {
                recordFailure(c, first, e);
                closeJms();
                return 0;
            }
            markPublished(c, ids);
            return ids.size();
        }
    }

    /**
     * Deletes published rows older than the retention (kept a while so an operator can see what
     * left and when); a batch at a time, by the relay holding the lock.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    synchronized int prunePublished(int retentionMinutes) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!holdsRelayLock(c)) {
                return 0;
            }
            try (var prune = c.prepareStatement("DELETE FROM platform.outbox WHERE id IN (SELECT id FROM platform.outbox"
                    + " WHERE status = 'PUBLISHED' AND published_at < now() - make_interval(mins => ?) LIMIT 10000)")) {
                prune.setInt(1, retentionMinutes);
                return prune.executeUpdate();
            }
        }
    }

    private boolean holdsRelayLock(Connection c) throws SQLException {
        try (var lock = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (var result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private void markPublished(Connection c, List<Long> ids) throws SQLException {
        try (var done = c.prepareStatement("UPDATE platform.outbox SET status = 'PUBLISHED', published_at = now(),"
                + " attempts = attempts + 1 WHERE id = ANY (?)")) {
            done.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            done.executeUpdate();
        }
    }

    private void send(long id, OutboxDestination destination, String key, String payload) throws JMSException {
        Session s = session();
        var target = destination.topic() ? s.createTopic(destination.address()) : s.createQueue(destination.address());
        var message = s.createTextMessage(payload);
        message.setLongProperty("chat_outbox_id", id);
        if (key != null) {
            message.setStringProperty("chat_key", key);
        }
        // Artemis drops a resend of the same id, so a relay that crashed after sending does not duplicate.
        message.setStringProperty("_AMQ_DUPL_ID", "outbox-" + id);
        producer.send(target, message, DeliveryMode.PERSISTENT, jakarta.jms.Message.DEFAULT_PRIORITY,
                jakarta.jms.Message.DEFAULT_TIME_TO_LIVE);
    }

    private void recordFailure(Connection c, long id, Exception e) throws SQLException {
        LOG.warning("outbox row " + id + " not published, will retry: " + e);
        try (var failed = c.prepareStatement(
                "UPDATE platform.outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?")) {
            failed.setString(1, String.valueOf(e));
            failed.setLong(2, id);
            failed.executeUpdate();
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

    @PreDestroy
    synchronized void closeJms() {
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
