package chat.messaging.internal.interfaces.ws;

import java.io.StringReader;
import java.util.List;
import java.util.Set;

import chat.identity.api.UserEventArrived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import chat.platform.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * Writes frames that reached this node for some users to those users' local connections, and
 * keeps the conversation index current from the membership events among them: the member who
 * joined or left is always one of a frame's recipients, on whichever node they are connected.
 */
@ApplicationScoped
class UserEventDelivery {

    @Inject
    SessionRegistry registry;

    @Inject
    ConversationIndex index;

    void deliver(@Observes UserEventArrived event) {
        registry.deliver(event.recipients(), event.frame(), event.exceptDeviceId());
        if (event.frame().contains("\"member.") || event.frame().contains("\"group.disbanded\"")) {
            follow(Json.createReader(new StringReader(event.frame())).readObject(), event.recipients());
        }
    }

    private void follow(JsonObject frame, Set<String> recipients) {
        String groupId = frame.getString("groupId", null);
        switch (frame.getString("event", "")) {
            case "member.joined" -> index.joined(groupId, strings(frame.getJsonArray("userIds")));
            case "member.left" -> index.left(groupId, List.of(frame.getString("userId")));
            case "group.disbanded" -> index.left(groupId, recipients);
            default -> { }
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
