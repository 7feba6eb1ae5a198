package chat.messaging.internal.infrastructure;

import chat.groups.api.GroupFact;
import chat.messaging.internal.application.RecordSystemMessage;
import chat.platform.broker.NodeSubscriptions;
import chat.platform.lifecycle.PlatformStartup;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Reads the groups module's durable queue of membership facts and records each as a SYSTEM message. */
@ApplicationScoped
class GroupFactConsumer {

    @Inject
    NodeSubscriptions subscriptions;

    @Inject
    RecordSystemMessage recordSystemMessage;

    void start(@Observes @Priority(PlatformStartup.PRIORITY + 20) @Initialized(ApplicationScoped.class) Object context) {
        subscriptions.consume(GroupFact.QUEUE.address(), text -> recordSystemMessage.record(GroupFact.parse(text)));
    }
}
