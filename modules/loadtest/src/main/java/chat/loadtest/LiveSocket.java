package chat.loadtest;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import com.google.protobuf.InvalidProtocolBufferException;

import jakarta.json.JsonObject;

/**
 * One client WebSocket on {@code /ws} kept open for a while: any thread may queue frames
 * ({@link #send}; the JDK allows one outstanding send per socket, so sends are chained), pongs
 * are counted, and every other frame goes to a {@link FrameHandler} as JSON with its arrival time,
 * on the client's thread, one frame at a time. The frames travel as the API's {@link Wire} says:
 * JSON text, or binary {@code Frame}s under chat.v1.proto.
 */
final class LiveSocket implements WebSocket.Listener, ClosableSocket {

    /** Reads the server's frames other than pongs. */
    @FunctionalInterface
    interface FrameHandler {
        /** {@code from} is open already: the handler may answer on it. */
        void frame(LiveSocket from, JsonObject frame, long arrivedNanos);

        FrameHandler IGNORE = (from, frame, arrivedNanos) -> { };
    }

    private final FrameHandler handler;
    private final Wire wire;
    private final StringBuilder partial = new StringBuilder();
    private final ByteArrayOutputStream partialBinary = new ByteArrayOutputStream();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private final AtomicLong pongs = new AtomicLong();
    private final AtomicLong handlerErrors = new AtomicLong();
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null); // guarded by this
    private volatile WebSocket socket;

    private LiveSocket(FrameHandler handler, Wire wire) {
        this.handler = handler;
        this.wire = wire;
    }

    /** Opens the socket in the API's encoding; the handshake must finish within {@code timeout}. */
    static LiveSocket open(ChatApi api, URI uri, Duration timeout, FrameHandler handler) throws Exception {
        LiveSocket listener = new LiveSocket(handler, api.wire());
        WebSocket.Builder builder = api.http().newWebSocketBuilder().connectTimeout(timeout);
        if (api.wire().subprotocol != null) {
            builder.subprotocols(api.wire().subprotocol);
        }
        CompletableFuture<WebSocket> opening = builder.buildAsync(uri, listener);
        try {
            // onOpen sets it too, maybe later: it is the same WebSocket either way
            listener.socket = opening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (api.wire().subprotocol != null && !api.wire().subprotocol.equals(listener.socket.getSubprotocol())) {
                listener.socket.abort();
                throw new IllegalStateException("the server did not take the subprotocol " + api.wire().subprotocol);
            }
            return listener;
        } catch (TimeoutException | InterruptedException e) {
            opening.thenAccept(WebSocket::abort); // should it open after all, do not leave it behind
            throw e;
        }
    }

    /**
     * Queues a frame, given as JSON text, after those queued before (binary when the socket speaks
     * protobuf); the future completes when it was written.
     */
    synchronized CompletableFuture<?> send(String text) {
        sending = sending.handle((done, error) -> null).thenCompose(ignored -> wire == Wire.PROTOBUF
                ? socket.sendBinary(ByteBuffer.wrap(Wire.encode(text)), true)
                : socket.sendText(text, true));
        return sending;
    }

    void ping() {
        send(ChatFrames.PING);
    }

    long pongs() {
        return pongs.get();
    }

    /** Frames the handler could not read. */
    long handlerErrors() {
        return handlerErrors.get();
    }

    /** Neither side has closed it, and no error ended it. */
    boolean isOpen() {
        return !closed.isDone();
    }

    /** Completes (normally or not) when the socket has closed, by either side or by an error; starts nothing. */
    CompletableFuture<String> whenClosed() {
        return closed.copy();
    }

    /** Starts a normal close after the queued sends; completes when the server has closed its side too. */
    @Override
    public synchronized CompletableFuture<String> close() {
        sending.handle((done, error) -> null)
                .thenCompose(ignored -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "load test done"))
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
    public void onOpen(WebSocket webSocket) {
        socket = webSocket; // before any frame arrives, so a handler can answer the first one
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            long arrived = System.nanoTime();
            String text = partial.toString();
            partial.setLength(0);
            handle(parse(text), arrived);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] part = new byte[data.remaining()];
        data.get(part);
        partialBinary.writeBytes(part);
        if (last) {
            long arrived = System.nanoTime();
            ByteBuffer frame = ByteBuffer.wrap(partialBinary.toByteArray());
            partialBinary.reset();
            JsonObject json;
            try {
                json = Wire.decode(frame);
            } catch (InvalidProtocolBufferException notAFrame) {
                json = null;
            }
            handle(json, arrived);
        }
        webSocket.request(1);
        return null;
    }

    private void handle(JsonObject frame, long arrived) {
        if (frame != null && "pong".equals(ChatFrames.string(frame, "type"))) {
            pongs.incrementAndGet();
        } else if (frame != null) {
            try {
                handler.frame(this, frame, arrived);
            } catch (RuntimeException e) {
                handlerErrors.incrementAndGet(); // a frame of an unexpected shape; the socket stays open
            }
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode + (reason == null || reason.isEmpty() ? "" : " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }

    private static JsonObject parse(String text) {
        try {
            return JsonText.parse(text);
        } catch (RuntimeException notAnObject) {
            return null;
        }
    }
}
