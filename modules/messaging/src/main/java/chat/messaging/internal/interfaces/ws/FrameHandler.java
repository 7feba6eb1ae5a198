package chat.messaging.internal.interfaces.ws;

import java.io.StringReader;

import chat.identity.api.Presence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads a client frame and answers it. A frame that is not a JSON object with a known
 * {@code type} gets an {@code error} frame, and the connection stays open.
 */
@ApplicationScoped
class FrameHandler {

    static final int MAX_FRAME_CHARS = 64 * 1024;
    private static final String PONG = Json.createObjectBuilder().add("type", "pong").build().toString();

    @Inject
    Presence presence;

    void handle(Connection connection, String text) {
        connection.heard();
        if (text.length() > MAX_FRAME_CHARS) {
            connection.send(error("TOO_LARGE", "a frame holds at most " + MAX_FRAME_CHARS + " characters"));
            return;
        }
        JsonObject frame;
        try {
            JsonValue value = Json.createReader(new StringReader(text)).readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                connection.send(error("BAD_REQUEST", "a frame is a JSON object with a type"));
                return;
            }
            frame = value.asJsonObject();
        } catch (JsonException e) {
            connection.send(error("BAD_REQUEST", "a frame is a JSON object with a type; this is not JSON"));
            return;
        }
        String type = frame.get("type") instanceof JsonString s ? s.getString() : null;
        if ("ping".equals(type)) {
            presence.heartbeat(connection.device());
            connection.send(PONG);
        } else if (type == null) {
            connection.send(error("BAD_REQUEST", "type: is required"));
        } else {
            connection.send(error("BAD_REQUEST", "type: unknown frame type '" + type + "'"));
        }
    }

    static String error(String code, String message) {
        return Json.createObjectBuilder().add("type", "error").add("code", code).add("message", message)
                .build().toString();
    }
}
