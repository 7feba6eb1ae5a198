package chat.identity.internal.infrastructure;

import java.util.Collection;

import chat.identity.api.ContactRequested;
import chat.identity.api.PresenceChanged;
import chat.identity.api.UserRegistered;
import chat.identity.internal.application.IdentityEvents;
import chat.platform.outbox.Outbox;
import chat.platform.outbox.OutboxDestination;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import chat.platform.json.Json;

/** Identity's events as JSON: integration events through the outbox, frames for live connections. */
@ApplicationScoped
class OutboxIdentityEvents implements IdentityEvents {

    @Inject
    Outbox outbox;

    @Inject
    OutboxUserEvents userEvents;

    @Override
    public void userRegistered(UserRegistered event) {
        String payload = Json.createObjectBuilder()
                .add("event", "user.registered")
                .add("version", 1)
                .add("userId", event.userId())
                .add("username", event.username())
                .build().toString();
        outbox.add(OutboxDestination.topic(UserRegistered.TOPIC), event.userId(), payload);
    }

    @Override
    public void contactRequested(ContactRequested event, Collection<String> recipients) {
        userEvents.publish(recipients, Json.createObjectBuilder()
                .add("type", "event")
                .add("event", "contact.request")
                .add("request", Json.createObjectBuilder()
                        .add("id", event.requestId())
                        .add("fromUserId", event.fromUserId())
                        .add("toUserId", event.toUserId())
                        .add("status", event.status()))
                .build());
    }

    @Override
    public void sessionEnded(String userId, String tokenId) {
        userEvents.endSession(userId, tokenId);
    }

    @Override
    public void accountDisabled(String userId) {
        userEvents.disableAccount(userId);
    }

    @Override
    public void presenceChanged(PresenceChanged event, Collection<String> recipients) {
        userEvents.publishNow(recipients, Json.createObjectBuilder()
                .add("type", "event")
                .add("event", "presence")
                .add("userId", event.userId())
                .add("online", event.online())
                .add("lastSeenAt", event.at().toString())
                .build());
    }
}
