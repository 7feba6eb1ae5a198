package chat.messaging.api;

import chat.platform.rest.Caller;
import jakarta.json.JsonObject;

/**
 * Answers one type of client frame on the WebSocket. The gateway (in the messaging module)
 * answers {@code ping}, {@code send} and {@code pull} itself and hands every frame of another
 * type to the CDI bean of this interface that names it, so a module adds a frame without the
 * gateway depending on it.
 */
public interface ClientFrameHandler {

    /** The frame's {@code type}. */
    String type();

    /**
     * The answer to the frame, JSON text for the caller's connection; a
     * {@link chat.platform.errors.ChatException} becomes an {@code error} frame instead.
     */
    String handle(Caller caller, JsonObject frame);
}
