package chat.identity.internal.infrastructure;

import chat.identity.internal.application.DefaultPresence;
import chat.platform.lifecycle.PlatformStartup;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** After the platform is up: listen for frames to this node's users, and for presence windows that run out. */
@ApplicationScoped
class IdentityStartup {

    @Inject
    UserEventsSubscriber userEvents;

    @Inject
    DefaultPresence presence;

    void onStart(@Observes @Priority(PlatformStartup.PRIORITY + 10) @Initialized(ApplicationScoped.class) Object context) {
        userEvents.start();
        presence.start();
    }
}
