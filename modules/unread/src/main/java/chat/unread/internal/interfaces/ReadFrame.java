package chat.unread.internal.interfaces;

import chat.platform.json.JsonBody;
import chat.platform.rest.Caller;
import chat.messaging.api.ClientFrameHandler;
import chat.unread.internal.application.MoveReadCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/**
 * The WebSocket {@code read} frame, {@code {"type":"read","groupId","seq"}}: answered with the
 * {@code conversation.read} event as the cursor now stands (the user's other devices get the same
 * event when it moved).
 */
// JSON-P, not a record: a WebSocket frame, read on the hot path by the gateway's own parser.
@ApplicationScoped
class ReadFrame implements ClientFrameHandler {

    @Inject
    MoveReadCursor moveReadCursor;

    @Override
    public String type() {
        return "read";
    }

    @Override
    public String handle(Caller caller, JsonObject frame) {
        JsonBody body = JsonBody.of(frame);
        return moveReadCursor.read(caller, body.requiredString("groupId"), body.requiredLong("seq")).toString();
    }
}
