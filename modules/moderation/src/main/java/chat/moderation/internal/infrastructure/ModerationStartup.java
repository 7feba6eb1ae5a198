package chat.moderation.internal.infrastructure;

import chat.platform.lifecycle.PlatformStartup;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** After the platform is up (its schema migrated, the broker reached): load the word list and follow its changes. */
@ApplicationScoped
class ModerationStartup {

    @Inject
    BrokerWordListChanges changes;

    void onStart(@Observes @Priority(PlatformStartup.PRIORITY + 10) @Initialized(ApplicationScoped.class) Object context) {
        changes.start();
    }
}
