package chat.identity.internal.infrastructure;

import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.Set;

import chat.identity.api.AccountDisabled;
import chat.identity.api.SessionEnded;
import chat.identity.api.UserEventArrived;
import chat.platform.broker.NodeSubscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import chat.platform.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * This node's subscription to the user-event topic: a frame published anywhere reaches the node
 * where the user is connected, handed on as a CDI {@link UserEventArrived}, or {@link SessionEnded}
 * for a token that was logged out, or {@link AccountDisabled}.
 */
@ApplicationScoped
class UserEventsSubscriber {

    @Inject
    NodeSubscriptions subscriptions;

    @Inject
    Event<UserEventArrived> arrivals;

    @Inject
    Event<SessionEnded> endedSessions;

    @Inject
    Event<AccountDisabled> disabledAccounts;

    /** Subscribes; called once at application start. */
    void start() {
        subscriptions.subscribe(OutboxUserEvents.TOPIC, this::onMessage);
    }

    private void onMessage(String text) {
        JsonObject envelope = Json.createReader(new StringReader(text)).readObject();
        Set<String> recipients = new LinkedHashSet<>();
        envelope.getJsonArray("to").getValuesAs(JsonString.class).forEach(s -> recipients.add(s.getString()));
        if (envelope.containsKey(OutboxUserEvents.END_SESSION)) {
            endedSessions.fire(new SessionEnded(recipients.iterator().next(), envelope.getString(OutboxUserEvents.END_SESSION)));
            return;
        }
        if (envelope.containsKey(OutboxUserEvents.DISABLE_ACCOUNT)) {
            disabledAccounts.fire(new AccountDisabled(recipients.iterator().next()));
            return;
        }
        arrivals.fire(new UserEventArrived(recipients, envelope.getJsonObject("frame").toString(),
                envelope.getString("exceptDevice", null)));
    }
}
