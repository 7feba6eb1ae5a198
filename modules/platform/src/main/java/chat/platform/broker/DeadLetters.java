package chat.platform.broker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

/**
 * The dead-letter queue, {@value #QUEUE}: messages that can never be handled, moved there by a
 * queue's consumer (with the queue it came from and why) or by the broker itself after too many
 * failed deliveries. An operator lists them and re-drives one to the queue it came from once the
 * cause is fixed.
 */
@ApplicationScoped
public class DeadLetters {

    /** The broker's dead-letter address: the embedded broker and a stock Artemis both route there. */
    public static final String QUEUE = "DLQ";
    static final String ORIGIN = "chat_origin";
    static final String ERROR = "chat_error";
    static final String FAILED_AT = "chat_failed_at";
    private static final String BROKER_ORIGIN = "_AMQ_ORIG_ADDRESS";
    private static final String UNKNOWN = "unknown";
    private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());

    /** A dead letter as an operator sees it. */
    public record Letter(String id, String origin, String error, String failedAt, String text) {
    }

    @Inject
    ConnectionFactory connectionFactory;

    /** The oldest dead letters, up to {@code limit}. */
    public List<Letter> list(int limit) throws JMSException {
        List<Letter> letters = new ArrayList<>();
        try (var connection = connectionFactory.createConnection();
             var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             var browser = session.createBrowser(session.createQueue(QUEUE))) {
            for (var e = browser.getEnumeration(); e.hasMoreElements() && letters.size() < limit; ) {
                letters.add(letter((Message) e.nextElement()));
            }
        }
        return letters;
    }

    /** How many dead letters each queue has left, by the queue they came from. */
    public Map<String, Long> counts() throws JMSException {
        Map<String, Long> counts = new TreeMap<>();
        try (var connection = connectionFactory.createConnection();
             var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             var browser = session.createBrowser(session.createQueue(QUEUE))) {
            for (var e = browser.getEnumeration(); e.hasMoreElements(); ) {
                counts.merge(origin((Message) e.nextElement()), 1L, Long::sum);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /** How many dead letters wait in all, or -1 when the broker does not answer (readiness, metrics). */
    public long total() {
        try {
            return counts().values().stream().mapToLong(Long::longValue).sum();
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.FINE, "cannot count the dead letters", e);
            return -1;
        }
    }

    /**
     * Moves one dead letter back to the queue it came from, in one broker transaction; answers the
     * queue, or empty when no dead letter has that id (or it does not say where it came from).
     */
    public Optional<String> redrive(String id) throws JMSException {
        if (!id.matches("ID:[0-9a-fA-F-]{1,64}")) {
            return Optional.empty();
        }
        try (var connection = connectionFactory.createConnection();
             var session = connection.createSession(true, Session.SESSION_TRANSACTED);
             var consumer = session.createConsumer(session.createQueue(QUEUE), "JMSMessageID = '" + id + "'")) {
            connection.start();
            Message dead = consumer.receive(2_000);
            if (dead == null) {
                return Optional.empty();
            }
            String origin = origin(dead);
            if (UNKNOWN.equals(origin)) {
                return Optional.empty();
            }
            var again = session.createTextMessage(dead instanceof TextMessage text ? text.getText() : null);
            session.createProducer(session.createQueue(origin)).send(again);
            session.commit();
            return Optional.of(origin);
        }
    }

    static String describe(Throwable failure) {
        String text = String.valueOf(failure);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private static Letter letter(Message m) throws JMSException {
        String text = m instanceof TextMessage t ? t.getText() : null;
        return new Letter(m.getJMSMessageID(), origin(m), m.getStringProperty(ERROR), m.getStringProperty(FAILED_AT),
                text);
    }

    private static String origin(Message m) throws JMSException {
        String origin = m.getStringProperty(ORIGIN);
        if (origin == null && m.propertyExists(BROKER_ORIGIN)) {
            origin = m.getObjectProperty(BROKER_ORIGIN).toString();
        }
        return origin == null ? UNKNOWN : origin;
    }
}
