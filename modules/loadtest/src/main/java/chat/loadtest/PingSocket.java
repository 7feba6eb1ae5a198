package chat.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One client WebSocket on {@code /ws} that can time a {@code {"type":"ping"}} until its
 * {@code {"type":"pong"}}. Other frames (events, notifications) are read and ignored. One ping
 * at a time per socket.
 */
final class PingSocket implements WebSocket.Listener, ClosableSocket {

    private static final String PING = "{\"type\":\"ping\"}";

    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private volatile CompletableFuture<Void> pong = new CompletableFuture<>();
    private volatile WebSocket socket;

    private PingSocket() {
    }

    /** Opens the socket; the handshake must finish within {@code timeout}. */
    static PingSocket open(HttpClient http, URI uri, Duration timeout) throws Exception {
        PingSocket listener = new PingSocket();
        CompletableFuture<WebSocket> opening = http.newWebSocketBuilder().connectTimeout(timeout).buildAsync(uri, listener);
        try {
            listener.socket = opening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return listener;
        } catch (TimeoutException | InterruptedException e) {
            opening.thenAccept(WebSocket::abort); // should it open after all, do not leave it behind
            throw e;
        }
    }

    /** Sends a ping and waits for the pong; returns the round trip in nanoseconds. */
    long ping(Duration timeout) throws Exception {
        CompletableFuture<Void> answer = new CompletableFuture<>();
        pong = answer;
        if (closed.isDone()) {
            throw new IOException("the socket was already closed");
        }
        long start = System.nanoTime();
        long limit = timeout.toNanos();
        socket.sendText(PING, true).get(limit, TimeUnit.NANOSECONDS);
        answer.get(Math.max(1, limit - (System.nanoTime() - start)), TimeUnit.NANOSECONDS);
        return System.nanoTime() - start;
    }

    /** Starts a normal close; the future completes when the server has closed its side too. */
    @Override
    public CompletableFuture<String> close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "load test done")
                .whenComplete((ws, error) -> {
                    if (error != null) {
                        closed.completeExceptionally(error);
                    }
                });
        return closed;
    }

    @Override
    public void abort() {
        socket.abort();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String frame = partial.toString();
            partial.setLength(0);
            if (isPong(frame)) {
                pong.complete(null);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        String why = statusCode + (reason == null || reason.isEmpty() ? "" : " " + reason);
        closed.complete(why);
        pong.completeExceptionally(new IOException("closed by the server: " + why));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
        pong.completeExceptionally(error);
    }

    private static boolean isPong(String frame) {
        try {
            return "pong".equals(JsonText.parse(frame).getString("type", null));
        } catch (RuntimeException notAnObject) {
            return false;
        }
    }
}
