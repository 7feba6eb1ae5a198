package chat.messaging.internal.interfaces.ws;

/**
 * A frame on its way to a connection: its JSON text, and its binary form for a connection that
 * speaks chat.v1.proto. A notify's run ({@link NotifyRun}) has both built once by its conversation's
 * feed and shared; any other frame is encoded from its text when a binary connection sends it.
 */
interface OutgoingFrame {

    String text();

    default byte[] binary() {
        return ProtoFrames.encode(text());
    }

    static OutgoingFrame of(String text) {
        return new Text(text);
    }

    /** A frame that is its JSON text. */
    record Text(String text) implements OutgoingFrame {
    }
}
