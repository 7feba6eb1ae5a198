package chat.messaging.internal.application;

import java.io.StringReader;

import chat.platform.faults.Undeliverable;
import chat.platform.outbox.OutboxDestination;
import chat.platform.json.Json;
import jakarta.json.JsonObject;

/**
 * What happened in a conversation, for every node's connections: the WebSocket frame (a
 * {@code notify} for a stored message, a {@code message.recalled} event) on the topic
 * {@link #TOPIC}, keyed by the conversation so its events stay in order. Written and read here only;
 * version {@value #VERSION}, and a message without a version is a version 1 message.
 *
 * @param groupId the conversation
 * @param frame   the frame each member's connection gets
 */
public record ConversationEvent(String groupId, JsonObject frame) {

    public static final OutboxDestination TOPIC = OutboxDestination.topic("chat.conversation-events");
    public static final int VERSION = 1;

    public String toJson() {
        return Json.createObjectBuilder().add("v", VERSION).add("groupId", groupId).add("frame", frame).build().toString();
    }

    public static ConversationEvent parse(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        int version = json.getInt("v", 1);
        if (version != VERSION) {
            throw new Undeliverable("conversation event of version " + version + "; this node reads version " + VERSION);
        }
        return new ConversationEvent(json.getString("groupId"), json.getJsonObject("frame"));
    }

    public boolean isNotify() {
        return "notify".equals(frame.getString("type"));
    }
}
