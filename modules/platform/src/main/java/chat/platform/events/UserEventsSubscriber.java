package chat.platform.events;

import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.Set;

import chat.platform.broker.NodeSubscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * This node's subscription to the user-event topic: a frame published anywhere reaches the node
 * where the user is connected, handed on as a CDI {@link UserEventArrived}, or {@link SessionEnded}
 * for a token that was logged out.
 */
@ApplicationScoped
public class UserEventsSubscriber {

    @Inject
    NodeSubscriptions subscriptions;

    @Inject
    Event<UserEventArrived> arrivals;

    @Inject
    Event<SessionEnded> endedSessions;

    /** Subscribes; called once at application start. */
    public void start() {
        subscriptions.subscribe(UserEvents.TOPIC, this::onMessage);
    }

    private void onMessage(String text) {
        JsonObject envelope = Json.createReader(new StringReader(text)).readObject();
        Set<String> recipients = new LinkedHashSet<>();
        envelope.getJsonArray("to").getValuesAs(JsonString.class).forEach(s -> recipients.add(s.getString()));
        if (envelope.containsKey(UserEvents.END_SESSION)) {
            endedSessions.fire(new SessionEnded(recipients.iterator().next(), envelope.getString(UserEvents.END_SESSION)));
            return;
        }
        arrivals.fire(new UserEventArrived(recipients, envelope.getJsonObject("frame").toString(),
                envelope.getString("exceptDevice", null)));
    }
}
