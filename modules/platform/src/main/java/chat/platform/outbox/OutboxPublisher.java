package chat.platform.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import chat.platform.broker.ChatBroker;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.transaction.Transactional;

/**
 * Publishes pending outbox rows to Artemis, oldest first, a batch per JMS transaction (one round
 * trip to the broker, not one per message). One node at a time holds the relay (a PostgreSQL
 * advisory lock), so messages leave in the order they were written.
 *
 * <p>A batch the broker refuses as holding a duplicate is what a relay that died between the two
 * commits leaves behind: its rows are sent again one at a time, and a row the broker already has
 * is marked published without a second copy. Any other refusal leaves the batch pending, with the
 * first row's attempts and last error saying why, and the relay backs off.
 */
@ApplicationScoped
class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class.getName());
    private static final int BATCH = 500;
    private static final long RELAY_LOCK = 0x0c4a7_0b0cL;

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Inject
    OutboxSender sender;

    @Inject
    ChatBroker broker;

    /** What one pass did: rows published, or the broker's refusal that left them pending. */
    record Pass(int published, Exception refusal) {
        static final Pass IDLE = new Pass(0, null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    synchronized Pass publishBatch() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!holdsRelayLock(c)) {
                return Pass.IDLE;
            }
            List<OutboxRow> rows = pending(c);
            if (rows.isEmpty()) {
                return Pass.IDLE;
            }
            try {
                sender.sendAll(rows);
                markPublished(c, rows.stream().map(OutboxRow::id).toList());
                return new Pass(rows.size(), null);
            } catch (JMSException | RuntimeException e) {
                if (broker.isDuplicateRefusal(e)) {
                    return sendAlone(c, rows);
                }
                recordFailure(c, rows.get(0).id(), e);
                sender.close();
                return new Pass(0, e);
            }
        }
    }

    private Pass sendAlone(Connection c, List<OutboxRow> rows) throws SQLException {
        List<Long> done = new ArrayList<>();
        int duplicates = 0;
        for (OutboxRow row : rows) {
            try {
                if (!sender.sendAlone(row)) {
                    duplicates++;
                }
                done.add(row.id());
            } catch (JMSException | RuntimeException e) {
                markPublished(c, done);
                recordFailure(c, row.id(), e);
                sender.close();
                return new Pass(done.size(), e);
            }
        }
        markPublished(c, done);
        LOG.info("outbox: " + duplicates + " of " + rows.size() + " rows were already on the broker"
                + " (a relay stopped between the broker's commit and the database's); marked published");
        return new Pass(done.size(), null);
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

    /** How long the oldest row not yet published has waited, in whole seconds; 0 when none waits. */
    long oldestPendingSeconds() throws SQLException {
        try (Connection c = dataSource.getConnection();
             var age = c.prepareStatement("SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0)::bigint"
                     + " FROM platform.outbox WHERE status = 'PENDING'");
             var result = age.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** How many rows wait to be published (for readiness details and the operator). */
    long pendingCount() throws SQLException {
        try (Connection c = dataSource.getConnection();
             var count = c.prepareStatement("SELECT count(*) FROM platform.outbox WHERE status = 'PENDING'");
             var result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<OutboxRow> pending(Connection c) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (var select = c.prepareStatement("SELECT id, dedup_id, destination, message_key, payload FROM platform.outbox"
                + " WHERE status = 'PENDING' ORDER BY id LIMIT " + BATCH);
             var result = select.executeQuery()) {
            while (result.next()) {
                rows.add(new OutboxRow(result.getLong(1), result.getString(2),
                        OutboxDestination.decode(result.getString(3)), result.getString(4), result.getString(5)));
            }
        }
        return rows;
    }

    private static boolean holdsRelayLock(Connection c) throws SQLException {
        try (var lock = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (var result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void markPublished(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (var done = c.prepareStatement("UPDATE platform.outbox SET status = 'PUBLISHED', published_at = now(),"
                + " attempts = attempts + 1 WHERE id = ANY (?)")) {
            done.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            done.executeUpdate();
        }
    }

    private static void recordFailure(Connection c, long id, Exception e) throws SQLException {
        try (var failed = c.prepareStatement(
                "UPDATE platform.outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?")) {
            failed.setString(1, String.valueOf(e));
            failed.setLong(2, id);
            failed.executeUpdate();
        }
    }
}
