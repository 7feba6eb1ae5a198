package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;

/**
 * The outbox relay killed at its worst instant, after the broker committed a batch and before the
 * database marked it published: after the restart nothing is lost, nothing reaches a subscriber twice,
 * and publishing goes on. A durable subscription to the registrations topic, kept in the broker's
 * journal across the crash, counts what subscribers saw. Runs in the crash execution: it owns the
 * server's process.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxRelayCrashIT {

    private static final LibertyProcess SERVER = new LibertyProcess();
    private static final String USERS_TOPIC = "chat.identity.users";
    private static final String CLIENT_ID = "outbox-relay-crash-it";
    private static final String SUBSCRIPTION = "registrations";
    /** Published rows stay while the test looks at them. */
    private static final Map<String, String> KEEP_ROWS = Map.of("CHAT_OUTBOX_RETENTION_MINUTES", "60");

    private final Api api = new Api();

    @AfterAll
    static void stopServer() throws Exception {
        SERVER.stop();
    }

    @Test
    @Order(1)
    void aRelayKilledBetweenTheTwoCommitsLosesAndRepeatsNothing() throws Exception {
        SERVER.start(KEEP_ROWS);
        subscribeDurably();
        awaitNoPendingRows();
        SERVER.stop();

        SERVER.start(Map.of("CHAT_CRASH_AT", "outbox-after-broker-commit", "CHAT_OUTBOX_RETENTION_MINUTES", "60"));
        String beforeCrash = Api.uniqueName();
        try {
            api.register(beforeCrash, "pass-word-1");
        } catch (AssertionError connectionLost) {
            // The relay runs as soon as the sign-up commits, so the halt may overtake its answer.
        }
        SERVER.awaitExit(Duration.ofSeconds(60));
        assertEquals("PENDING", statusOfRegistration(beforeCrash),
                "the JVM stopped after the broker's commit and before the database's");

        SERVER.start(KEEP_ROWS);
        awaitStatus(beforeCrash, "PUBLISHED");
        String afterCrash = Api.uniqueName();
        api.register(afterCrash, "pass-word-1");

        Map<String, Integer> seen = receiveUntil(afterCrash);
        assertEquals(1, seen.getOrDefault(beforeCrash, 0), "published once, though relayed twice: " + seen);
        assertEquals(1, seen.getOrDefault(afterCrash, 0), "publishing resumed: " + seen);
    }

    @Test
    @Order(2)
    void outboxIdsThatStartAgainAreNotTakenForDuplicates() throws Exception {
        // A new or restored database numbers its rows again from ids the broker has already seen.
        String first = Api.uniqueName();
        api.register(first, "pass-word-1");
        awaitStatus(first, "PUBLISHED");
        long seenId = sql("SELECT id FROM platform.outbox WHERE payload LIKE '%\"" + first + "\"%'");
        sql("DELETE FROM platform.outbox WHERE status = 'PUBLISHED'");
        sql("SELECT setval('platform.outbox_id_seq', " + seenId + ", false)");

        String reused = Api.uniqueName();
        api.register(reused, "pass-word-1");
        assertEquals(seenId, sql("SELECT id FROM platform.outbox WHERE payload LIKE '%\"" + reused + "\"%'"),
                "the new row took an id the broker had seen");
        Map<String, Integer> seen = receiveUntil(reused);
        assertEquals(1, seen.getOrDefault(reused, 0), "the row reached the subscriber: " + seen);
        unsubscribe();
    }

    private static void subscribeDurably() throws JMSException {
        try (Connection connection = connection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createDurableSubscriber(session.createTopic(USERS_TOPIC), SUBSCRIPTION).close();
        }
    }

    private static void unsubscribe() throws JMSException {
        try (Connection connection = connection()) {
            connection.createSession(false, Session.AUTO_ACKNOWLEDGE).unsubscribe(SUBSCRIPTION);
        }
    }

    /** Counts each username the subscription delivers until {@code last} arrives (or 60 s pass). */
    private static Map<String, Integer> receiveUntil(String last) throws JMSException {
        Map<String, Integer> seen = new HashMap<>();
        try (Connection connection = connection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            var subscriber = session.createDurableSubscriber(session.createTopic(USERS_TOPIC), SUBSCRIPTION);
            connection.start();
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline) {
                var message = (TextMessage) subscriber.receive(1_000);
                if (message == null) {
                    continue;
                }
                String username = Json.createReader(new StringReader(message.getText())).readObject().getString("username");
                seen.merge(username, 1, Integer::sum);
                if (username.equals(last)) {
                    // Anything relayed twice would have come before the later row.
                    var late = (TextMessage) subscriber.receive(2_000);
                    while (late != null) {
                        seen.merge(Json.createReader(new StringReader(late.getText())).readObject().getString("username"),
                                1, Integer::sum);
                        late = (TextMessage) subscriber.receive(500);
                    }
                    break;
                }
            }
            subscriber.close();
        }
        return seen;
    }

    private static Connection connection() throws JMSException {
        var factory = new ActiveMQConnectionFactory(System.getProperty("chat.it.brokerUrl"));
        Connection connection = factory.createConnection();
        connection.setClientID(CLIENT_ID);
        return connection;
    }

    private static String statusOfRegistration(String username) throws Exception {
        try (var c = DriverManager.getConnection(System.getProperty("chat.it.dbUrl"), "postgres", "");
             var query = c.prepareStatement("SELECT status FROM platform.outbox WHERE payload LIKE ?")) {
            query.setString(1, "%\"" + username + "\"%");
            try (var rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : "ABSENT";
            }
        }
    }

    private static void awaitStatus(String username, String status) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!status.equals(statusOfRegistration(username)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(status, statusOfRegistration(username), "the registration of " + username);
    }

    private static void awaitNoPendingRows() throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (sql("SELECT count(*) FROM platform.outbox WHERE status = 'PENDING'") > 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
    }

    private static long sql(String statement) throws Exception {
        try (var c = DriverManager.getConnection(System.getProperty("chat.it.dbUrl"), "postgres", "");
             var s = c.createStatement()) {
            if (!s.execute(statement)) {
                return s.getUpdateCount();
            }
            try (var rows = s.getResultSet()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

}
