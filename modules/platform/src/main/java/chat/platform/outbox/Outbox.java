package chat.platform.outbox;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import chat.platform.db.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Where a module records a message for Artemis inside its own transaction. The row commits or
 * rolls back with the change it announces; after a commit the relay is woken to publish it, and a
 * periodic sweep publishes whatever a crash left behind. Delivery is at least once.
 */
@ApplicationScoped
public class Outbox {

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Inject
    AfterCommit afterCommit;

    @Inject
    OutboxRelay relay;

    /**
     * Records a message for after commit.
     *
     * @param destination where it goes: {@link OutboxDestination}
     * @param key         what order is kept per (may be null)
     * @param payload     the JSON text
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(OutboxDestination destination, String key, String payload) {
        addAll(destination, List.of(new Entry(key, payload)));
    }

    /** One row of {@link #addAll}: what order is kept per (may be null), and the JSON text. */
    public record Entry(String key, String payload) {
    }

    /** Records the messages for after commit, in the order given, with one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addAll(OutboxDestination destination, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try (var c = dataSource.getConnection();
             var insert = c.prepareStatement("INSERT INTO platform.outbox (destination, message_key, payload)"
                     + " SELECT ?, k, p FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS e (k, p, n) ORDER BY n")) {
            insert.setString(1, destination.encoded());
            insert.setArray(2, c.createArrayOf("text", entries.stream().map(Entry::key).toArray()));
            insert.setArray(3, c.createArrayOf("text", entries.stream().map(Entry::payload).toArray()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write to the outbox", e);
        }
        afterCommit.run(relay::wake);
    }
}
