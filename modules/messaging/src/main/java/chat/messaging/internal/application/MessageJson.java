package chat.messaging.internal.application;

import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The contract's JSON shape of a message, the same over REST, pulls and notifies. */
public final class MessageJson {

    private MessageJson() {
    }

    public static JsonObject of(Message m) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("groupId", m.groupId())
                .add("seq", m.seq())
                .add("senderId", m.senderId())
                .add("clientMsgId", m.clientMsgId())
                .add("type", m.type().name());
        if (m.text() == null) {
            json.addNull("text");
        } else {
            json.add("text", m.text());
        }
        // Media arrive with their own issue; the field is part of the shape already.
        json.addNull("media");
        if (m.type() == MessageType.REDPACK && m.attachmentId() != null) {
            json.add("redpack", Json.createObjectBuilder().add("id", m.attachmentId()));
        }
        return json
                .add("sentAt", m.sentAt().toString())
                .add("recalled", m.recalled())
                .build();
    }
}
