package chat.identity.internal.infrastructure;

import java.util.Collection;
import java.util.logging.Logger;

import chat.identity.api.UserEvents;
import chat.platform.broker.BrokerSender;
import chat.platform.outbox.Outbox;
import chat.platform.outbox.OutboxDestination;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSRuntimeException;
import chat.platform.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Frames for users' live connections, on the {@code chat.user-events} topic that every node
 * subscribes to ({@link UserEventsSubscriber}). Facts that must not be lost go through the outbox
 * inside the caller's transaction; passing states that the next change replaces anyway go straight
 * to the topic. The same topic carries the end of a session, so that every node closes the sockets
 * a logged-out token opened, and the disabling of an account, so that every node closes all of its.
 */
@ApplicationScoped
class OutboxUserEvents implements UserEvents {

    static final String TOPIC = "chat.user-events";
    static final String END_SESSION = "endSession";
    static final String DISABLE_ACCOUNT = "disableAccount";
    private static final Logger LOG = Logger.getLogger(OutboxUserEvents.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    BrokerSender broker;

    @Override
    public void publish(Collection<String> recipients, JsonObject frame) {
        if (!recipients.isEmpty()) {
            outbox.add(OutboxDestination.topic(TOPIC), null, envelope(recipients, frame).build().toString());
        }
    }

    /**
     * In the caller's transaction: after it commits, every node closes the user's connections that
     * were opened with this token ({@link chat.identity.api.SessionEnded}). Durable, so a node that holds such a
     * connection hears of it even if the node that logged the token out dies right after the commit.
     */
    void endSession(String userId, String sessionId) {
        String envelope = Json.createObjectBuilder()
                .add("to", Json.createArrayBuilder().add(userId))
                .add(END_SESSION, sessionId)
                .build().toString();
        outbox.add(OutboxDestination.topic(TOPIC), null, envelope);
    }

    /** In the caller's transaction, durable as {@link #endSession}: every node closes the account's connections. */
    void disableAccount(String userId) {
        String envelope = Json.createObjectBuilder()
                .add("to", Json.createArrayBuilder().add(userId))
                .add(DISABLE_ACCOUNT, true)
                .build().toString();
        outbox.add(OutboxDestination.topic(TOPIC), null, envelope);
    }

    @Override
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
