package chat.push.internal.application;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import chat.platform.json.Json;
import chat.push.internal.domain.StoredMessage;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/** A batch of stored messages on the intake queue: written and read here only, version 1. */
final class IntakeJson {

    private IntakeJson() {
    }

    static String encode(List<StoredMessage> messages) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (StoredMessage m : messages) {
            var json = Json.createObjectBuilder().add("g", m.groupId()).add("s", m.seq()).add("u", m.senderId())
                    .add("t", m.type()).add("n", Json.createArrayBuilder(m.mentions())).add("l", m.mentionAll());
            if (m.preview() != null) {
                json.add("p", m.preview());
            }
            array.add(json);
        }
        return Json.createObjectBuilder().add("v", 1).add("messages", array).build().toString();
    }

    static List<StoredMessage> decode(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        List<StoredMessage> messages = new ArrayList<>();
        for (JsonObject m : json.getJsonArray("messages").getValuesAs(JsonObject.class)) {
            messages.add(new StoredMessage(m.getString("g"), m.getJsonNumber("s").longValue(), m.getString("u"),
                    m.getString("t"), m.getString("p", null), m.getJsonArray("n").getValuesAs(JsonString::getString),
                    m.getBoolean("l")));
        }
        return messages;
    }
}
