package chat.platform.events;

import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * This node's subscription to the user-event topic. Every node holds one, so a frame published
 * anywhere reaches the node where the user is connected; it is handed on as a CDI
 * {@link UserEventArrived}. A redelivered outbox message (same outbox id) is handed on once.
 */
@ApplicationScoped
public class UserEventsSubscriber {

    private static final Logger LOG = Logger.getLogger(UserEventsSubscriber.class.getName());
    private static final int REMEMBERED = 10_000;

    @Inject
    ConnectionFactory connectionFactory;

    @Inject
    Event<UserEventArrived> arrivals;

    private final Set<Long> recentOutboxIds = new LinkedHashSet<>();
    private JMSContext context;

    /** Subscribes; called once at application start. */
    public synchronized void start() {
        context = connectionFactory.createContext();
        context.createConsumer(context.createTopic(UserEvents.TOPIC)).setMessageListener(this::onMessage);
        context.start();
    }

    private void onMessage(Message message) {
        try {
            if (message.propertyExists("chat_outbox_id") && !firstSight(message.getLongProperty("chat_outbox_id"))) {
                return;
            }
            JsonObject envelope = Json.createReader(new StringReader(((TextMessage) message).getText())).readObject();
            Set<String> recipients = new LinkedHashSet<>();
            envelope.getJsonArray("to").getValuesAs(JsonString.class).forEach(s -> recipients.add(s.getString()));
            arrivals.fire(new UserEventArrived(recipients, envelope.getJsonObject("frame").toString()));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "a user event could not be handed on", e);
        }
    }

    private synchronized boolean firstSight(long outboxId) {
        if (!recentOutboxIds.add(outboxId)) {
            return false;
        }
        if (recentOutboxIds.size() > REMEMBERED) {
            var oldest = recentOutboxIds.iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    @PreDestroy
    synchronized void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
