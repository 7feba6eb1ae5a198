package chat.messaging.internal.interfaces.ws;

import java.io.StringReader;

import chat.platform.broker.NodeSubscriptions;
import chat.platform.lifecycle.PlatformStartup;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * This node's share of the fan-out: each conversation event (a notify for a stored message, a
 * recall) arrives here once, whatever the conversation's size, and goes to the local
 * connections the conversation index lists.
 */
@ApplicationScoped
class ConversationEventDelivery {

    static final String TOPIC = "chat.conversation-events";

    @Inject
    NodeSubscriptions subscriptions;

    @Inject
    ConversationIndex index;

    void start(@Observes @Priority(PlatformStartup.PRIORITY + 20) @Initialized(ApplicationScoped.class) Object context) {
        subscriptions.subscribe(TOPIC, this::deliver);
    }

    private void deliver(String text) {
        JsonObject event = Json.createReader(new StringReader(text)).readObject();
        index.deliver(event.getString("groupId"), event.getJsonObject("frame").toString());
    }
}
