package chat.messaging.internal.interfaces.ws;

import java.util.List;

import chat.messaging.api.ConversationAdvanced;
import chat.messaging.internal.application.ConversationEvent;
import chat.platform.broker.NodeSubscriptions;
import chat.platform.lifecycle.PlatformStartup;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/**
 * This node's share of the fan-out: each conversation event (a notify for a stored message, a
 * recall) arrives here once, whatever the conversation's size, and goes to the local
 * connections the conversation index lists; notifies through the coalescer. Other modules on
 * the node hear of each new seq as a {@link ConversationAdvanced} event.
 */
@ApplicationScoped
class ConversationEventDelivery {

    @Inject
    NodeSubscriptions subscriptions;

    @Inject
    ConversationIndex index;

    @Inject
    NotifyCoalescer coalescer;

    @Inject
    Event<ConversationAdvanced> advanced;

    void start(@Observes @Priority(PlatformStartup.PRIORITY + 20) @Initialized(ApplicationScoped.class) Object context) {
        subscriptions.subscribe(ConversationEvent.TOPIC.address(), text -> deliver(ConversationEvent.parse(text)));
    }

    private void deliver(ConversationEvent event) {
        String groupId = event.groupId();
        JsonObject frame = event.frame();
        if (!event.isNotify()) {
            index.deliver(groupId, frame.toString());
            return;
        }
        long seq = frame.getJsonNumber("seq").longValue();
        List<JsonObject> items = frame.containsKey("items") ? frame.getJsonArray("items").getValuesAs(JsonObject.class) : null;
        for (Connection connection : index.connectionsOf(groupId)) {
            coalescer.offer(connection, groupId, seq, items);
        }
        advanced.fire(new ConversationAdvanced(groupId, seq));
    }
}
