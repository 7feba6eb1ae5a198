package chat.messaging.internal.interfaces.ws;

import chat.messaging.internal.application.MessageJson;
import chat.messaging.internal.application.ReadHistory;
import chat.messaging.internal.application.SendMessage;
import chat.platform.json.JsonBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import chat.platform.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/** The message frames: {@code send} answered by {@code ack}, {@code pull} answered by {@code messages}. */
// JSON-P, not records: frames on the push/pull hot path; MessageJson's items are the bytes MessageView writes over REST.
@ApplicationScoped
class MessageFrames {

    @Inject
    SendMessage sendMessage;

    @Inject
    ReadHistory history;

    @Inject
    MessageJson messageJson;

    String send(Connection connection, JsonObject frame) {
        JsonBody body = JsonBody.of(frame);
        var sent = sendMessage.send(new SendMessage.Draft(body.requiredString("groupId"),
                connection.device().userId(), body.requiredString("clientMsgId"), body.requiredString("msgType"),
                body.optionalString("text").orElse(null), body.optionalString("mediaId").orElse(null),
                body.optionalStrings("mentions"), body.optionalBoolean("mentionAll", false),
                body.optionalLong("replyTo").orElse(null), body.optionalObject("forwardFrom")
                        .map(from -> new SendMessage.ForwardFrom(from.requiredString("groupId"), from.requiredLong("seq")))
                        .orElse(null)));
        return Json.createObjectBuilder().add("type", "ack")
                .add("clientMsgId", sent.message().clientMsgId())
                .add("groupId", sent.message().groupId())
                .add("seq", sent.message().seq())
                .build().toString();
    }

    String pull(Connection connection, JsonObject frame) {
        JsonBody body = JsonBody.of(frame);
        String groupId = body.requiredString("groupId");
        long after = body.requiredLong("after");
        Long until = body.optionalLong("until").orElse(null);
        Long limit = body.optionalLong("limit").orElse(null);
        String userId = connection.device().userId();
        // A connection indexed under the conversation is a member's: no database question per pull.
        var page = connection.conversations().contains(groupId)
                ? history.afterAsKnownMember(userId, groupId, after, until, limit)
                : history.after(userId, groupId, after, until, limit);
        JsonArrayBuilder items = Json.createArrayBuilder();
        messageJson.ofAll(page.items(), userId).forEach(items::add);
        return Json.createObjectBuilder().add("type", "messages").add("groupId", groupId)
                .add("items", items).add("hasMore", page.hasMore()).build().toString();
    }
}
