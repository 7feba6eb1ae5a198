package chat.push.internal.application;

import chat.identity.api.AccountDisabled;
import chat.identity.api.SessionEnded;
import chat.platform.rest.Caller;
import chat.push.internal.domain.PushSubscription;
import chat.push.internal.domain.PushSubscriptions;
import chat.push.internal.domain.SubscriptionKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A device's own Web Push subscription: stored once its endpoint and keys pass the checks, replaced
 * by the next, and gone when the device turns notifications off or the session that made it is
 * logged out (on whichever node hears of the logout first; the others find nothing to remove).
 */
@ApplicationScoped
public class Subscriptions {

    @Inject
    PushSubscriptions subscriptions;

    @Inject
    PushSettings settings;

    public void subscribe(Caller caller, String sessionId, String endpoint, String p256dh, String auth) {
        var uri = settings.endpoints().check(endpoint);
        var keys = SubscriptionKeys.of(p256dh, auth);
        subscriptions.save(new PushSubscription(caller.userId(), caller.deviceId(), sessionId, uri, keys));
    }

    public void unsubscribe(Caller caller) {
        subscriptions.remove(caller.userId(), caller.deviceId());
    }

    void loggedOut(@Observes SessionEnded ended) {
        subscriptions.removeSession(ended.sessionId());
    }

    void disabled(@Observes AccountDisabled disabled) {
        subscriptions.removeUser(disabled.userId());
    }
}
