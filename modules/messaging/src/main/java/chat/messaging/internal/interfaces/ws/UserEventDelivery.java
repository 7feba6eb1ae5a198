package chat.messaging.internal.interfaces.ws;

import chat.platform.events.UserEventArrived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Writes frames that reached this node for some users to those users' local connections. */
@ApplicationScoped
class UserEventDelivery {

    @Inject
    SessionRegistry registry;

    void deliver(@Observes UserEventArrived event) {
        registry.deliver(event.recipients(), event.frame());
    }
}
