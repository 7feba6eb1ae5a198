package chat.messaging.internal.interfaces.ws;

import java.io.StringReader;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import chat.identity.api.Presence;
import chat.platform.errors.ChatException;
import chat.platform.errors.ErrorCode;
import chat.platform.faults.Failures;
import chat.platform.rest.Caller;
import chat.messaging.api.ClientFrameHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import chat.platform.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads a client frame and answers it: {@code ping}, {@code send} and {@code pull} here, other
 * types by the module that declares them ({@link ClientFrameHandler}). A frame that is not a JSON
 * object with a known {@code type}, or that breaks a rule, gets an {@code error} frame, and the
 * connection stays open; so does a frame whose handling met a database or broker that is away
 * ({@code UNAVAILABLE}) or failed unexpectedly ({@code INTERNAL_ERROR}).
 */
@ApplicationScoped
class FrameHandler {

    /**
     * The largest message, in bytes. The container refuses a larger frame, closing the connection
     * with 1009, and {@link ChatSocket} a larger fragmented message; the check here only backs them up.
     */
    static final int MAX_FRAME_BYTES = 64 * 1024;
    static final int MAX_FRAME_CHARS = MAX_FRAME_BYTES;
    private static final Logger LOG = Logger.getLogger(FrameHandler.class.getName());
    private static final String PONG = Json.createObjectBuilder().add("type", "pong").build().toString();

    @Inject
    Presence presence;

    @Inject
    MessageFrames messages;

    @Inject
    Instance<ClientFrameHandler> moduleHandlers;

    private Map<String, ClientFrameHandler> handlersByType;

    @PostConstruct
    void collectModuleHandlers() {
        handlersByType = moduleHandlers.stream()
                .collect(Collectors.toUnmodifiableMap(ClientFrameHandler::type, Function.identity()));
    }

    void handle(Connection connection, String text) {
        connection.heard();
        if (text.length() > MAX_FRAME_CHARS) {
            connection.send(error(null, ErrorCode.TOO_LARGE, "a frame holds at most " + MAX_FRAME_CHARS + " characters"));
            return;
        }
        JsonObject frame = parse(text);
        if (frame == null) {
            connection.send(error(null, ErrorCode.BAD_REQUEST, "a frame is a JSON object with a type"));
            return;
        }
        String type = frame.get("type") instanceof JsonString s ? s.getString() : null;
        String clientMsgId = frame.get("clientMsgId") instanceof JsonString s ? s.getString() : null;
        try {
            switch (type == null ? "" : type) {
                case "ping" -> {
                    presence.heartbeat(connection.device());
                    connection.send(PONG);
                }
                case "send" -> connection.send(messages.send(connection, frame));
                case "pull" -> connection.send(messages.pull(connection, frame));
                case "" -> connection.send(error(null, ErrorCode.BAD_REQUEST, "type: is required"));
                default -> connection.send(moduleFrame(connection, type, frame));
            }
        } catch (ChatException e) {
            connection.send(error(clientMsgId, e.code(), e.getMessage()));
        } catch (RuntimeException e) {
            if (Failures.isTransient(e)) {
                // The database or broker is away: the client resends (a send with the same clientMsgId).
                LOG.log(Level.WARNING, "a " + type + " frame met a part that is away: " + e);
                connection.send(error(clientMsgId, ErrorCode.UNAVAILABLE,
                        "the server cannot reach its database or broker just now; try again shortly"));
                return;
            }
            // Every frame gets an answer: a failure nobody foresaw is logged with an id the client can quote.
            String correlationId = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "a " + type + " frame failed, correlationId=" + correlationId, e);
            connection.send(error(clientMsgId, ErrorCode.INTERNAL_ERROR,
                    "the server failed; quote correlation id " + correlationId + " to the operator"));
        }
    }

    private String moduleFrame(Connection connection, String type, JsonObject frame) {
        ClientFrameHandler handler = handlersByType.get(type);
        if (handler == null) {
            return error(null, ErrorCode.BAD_REQUEST, "type: unknown frame type '" + type + "'");
        }
        return handler.handle(new Caller(connection.device().userId(), connection.device().deviceId()), frame);
    }

    private static JsonObject parse(String text) {
        try {
            JsonValue value = Json.createReader(new StringReader(text)).readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (RuntimeException e) {
            // JsonException for bad JSON; a bare RuntimeException from Parsson past 1,000 levels of nesting.
            return null;
        }
    }

    static String error(String clientMsgId, ErrorCode code, String message) {
        return error(clientMsgId, code.name(), message);
    }

    /** For a failure that carries its code already ({@link ChatException}). */
    private static String error(String clientMsgId, String code, String message) {
        var frame = Json.createObjectBuilder().add("type", "error");
        if (clientMsgId != null) {
            frame.add("clientMsgId", clientMsgId);
        }
        return frame.add("code", code).add("message", message).build().toString();
    }
}
