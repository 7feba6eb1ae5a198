package chat.app.it;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** A test's WebSocket to {@code /ws}: frames it received, in order, and how it was closed. */
final class Ws implements WebSocket.Listener, AutoCloseable {

    private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;
    private volatile boolean paused;

    static Ws open(String ticket) {
        return open(Api.BASE, ticket, false);
    }

    /** A socket to the server at this base URL (a cluster's node or front door). */
    static Ws open(String httpBase, String ticket) {
        return open(httpBase, ticket, false);
    }

    /**
     * A socket that reads one frame and then nothing until {@link #resume()}: a client too slow
     * to read, whose frames pile up at the server.
     */
    static Ws openPaused(Api api, Api.TestUser user) {
        var ticket = api.post("/api/v1/ws-tickets", user.token(), null);
        return open(api.base(), ticket.json().getString("ticket"), true);
    }

    private static Ws open(String httpBase, String ticket, boolean paused) {
        Ws ws = new Ws();
        ws.paused = paused;
        String base = httpBase.replace("http://", "ws://");
        ws.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(base + "/ws" + (ticket == null ? "" : "?ticket=" + ticket)), ws).join();
        return ws;
    }

    /** Opens a socket for the user with a fresh ticket. */
    static Ws connect(Api api, Api.TestUser user) {
        var ticket = api.post("/api/v1/ws-tickets", user.token(), null);
        if (ticket.status() != 201) {
            throw new AssertionError("no ticket: " + ticket.raw());
        }
        return open(api.base(), ticket.json().getString("ticket"), false);
    }

    /** Sends one frame; frames from several threads (a heartbeat, the test) go out one at a time. */
    synchronized void send(String text) {
        socket.sendText(text, true).join();
    }

    /** The next frame that matches, skipping others; fails after the timeout. */
    JsonObject next(Predicate<JsonObject> wanted, long seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                JsonObject frame = left <= 0 ? null : frames.poll(left, TimeUnit.NANOSECONDS);
                if (frame == null) {
                    throw new AssertionError("no matching frame within " + seconds + " s");
                }
                if (wanted.test(frame)) {
                    return frame;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    JsonObject next(String type, long seconds) {
        return next(f -> type.equals(f.getString("type", "")), seconds);
    }

    /** The close code the server sent, waiting up to the timeout. */
    int closeCode(long seconds) {
        try {
            return closed.get(seconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the socket was not closed within " + seconds + " s", e);
        }
    }

    /** Reads again, after {@link #openPaused}. */
    void resume() {
        paused = false;
        socket.request(1);
    }

    /** How many frames arrived and wait to be taken. */
    int received() {
        return frames.size();
    }

    /** Sends one frame, tolerating a server that closes the connection while it is sent. */
    void sendIgnoringClose(String text) {
        try {
            send(text);
        } catch (RuntimeException e) {
            // the server may close before the whole frame is out; the close code tells the rest
        }
    }

    /**
     * Sends one text message in fragments of {@code fragmentChars}, pausing after each, and stops as
     * soon as the server has closed: a client that went on writing into a closed connection would
     * see its own write fail before it read the server's close frame.
     */
    void sendFragmentsUntilClosed(String text, int fragmentChars) {
        for (int at = 0; at < text.length() && !closed.isDone(); at += fragmentChars) {
            int end = Math.min(text.length(), at + fragmentChars);
            try {
                synchronized (this) {
                    socket.sendText(text.substring(at, end), end == text.length()).join();
                }
                Thread.sleep(20);
            } catch (RuntimeException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.add(Json.createReader(new StringReader(partial.toString())).readObject());
            partial.setLength(0);
        }
        if (!paused) {
            webSocket.request(1);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
            try {
                closed.get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                socket.abort();
            }
        }
    }
}
