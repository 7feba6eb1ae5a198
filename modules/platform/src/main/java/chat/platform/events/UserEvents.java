package chat.platform.events;

import java.util.Collection;
import java.util.logging.Logger;

import chat.platform.broker.BrokerSender;
import chat.platform.outbox.Outbox;
import chat.platform.outbox.OutboxDestination;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSRuntimeException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Sends a WebSocket frame to some users on whatever node their connections are. Facts that must
 * not be lost (a contact request) go through the outbox inside the caller's transaction; passing
 * states that the next change replaces anyway (presence) go straight to the topic. The same topic
 * carries the end of a session, so that every node closes the sockets a logged-out token opened.
 */
@ApplicationScoped
public class UserEvents {

    static final String TOPIC = "chat.user-events";
    static final String END_SESSION = "endSession";
    private static final Logger LOG = Logger.getLogger(UserEvents.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    BrokerSender broker;

    /** In the caller's transaction: published after it commits, never if it rolls back. */
    public void publish(Collection<String> recipients, JsonObject frame) {
        if (!recipients.isEmpty()) {
            outbox.add(OutboxDestination.topic(TOPIC), null, envelope(recipients, frame).build().toString());
        }
    }

    /**
     * In the caller's transaction: after it commits, every node closes the user's connections that
     * were opened with this token ({@link SessionEnded}). Durable, so a node that holds such a
     * connection hears of it even if the node that logged the token out dies right after the commit.
     */
    public void endSession(String userId, String sessionId) {
        String envelope = Json.createObjectBuilder()
                .add("to", Json.createArrayBuilder().add(userId))
                .add(END_SESSION, sessionId)
                .build().toString();
        outbox.add(OutboxDestination.topic(TOPIC), null, envelope);
    }

    /** At once and at most once: for states a later one overrides. */
    public void publishNow(Collection<String> recipients, JsonObject frame) {
        publishNow(recipients, frame, null);
    }

    /** At once and at most once, to every device of the recipients but the one that caused it. */
    public void publishNow(Collection<String> recipients, JsonObject frame, String exceptDeviceId) {
        if (recipients.isEmpty()) {
            return;
        }
        var envelope = envelope(recipients, frame);
        if (exceptDeviceId != null) {
            envelope.add("exceptDevice", exceptDeviceId);
        }
        try {
            broker.publish(TOPIC, envelope.build().toString());
        } catch (JMSRuntimeException e) {
            LOG.warning("a passing event was dropped, the broker refused it: " + e);
        }
    }

    private static JsonObjectBuilder envelope(Collection<String> recipients, JsonObject frame) {
        return Json.createObjectBuilder()
                .add("to", Json.createArrayBuilder(recipients))
                .add("frame", frame);
    }
}
