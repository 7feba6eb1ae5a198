package chat.loadtest;

import java.util.concurrent.CompletableFuture;

/** A client WebSocket a scenario closes at its end: politely first, then by force. */
interface ClosableSocket {

    /** Sends a close frame; completes when the server has answered it. */
    CompletableFuture<String> close();

    /** Drops the connection at once. */
    void abort();
}
