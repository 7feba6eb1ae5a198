package chat.app.it;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import chat.messaging.internal.interfaces.ws.proto.Frame;
import com.google.protobuf.InvalidProtocolBufferException;

/**
 * A WebSocket client that asks for subprotocols (chat.v1.proto, chat.v1.json), keeping the binary
 * and the text frames it gets apart, as a browser's socket would hand them over.
 */
final class ProtoWs implements WebSocket.Listener, AutoCloseable {

    static final String PROTO = "chat.v1.proto";
    static final String JSON = "chat.v1.json";

    private final BlockingQueue<byte[]> binaries = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream partialBinary = new ByteArrayOutputStream();
    private final StringBuilder partialText = new StringBuilder();
    private WebSocket socket;

    /** Opens a socket for the user with a fresh ticket, asking for these subprotocols in this order. */
    static ProtoWs connect(Api api, Api.TestUser user, String... subprotocols) {
        var ticket = api.post("/api/v1/ws-tickets", user.token(), null);
        if (ticket.status() != 201) {
            throw new AssertionError("no ticket: " + ticket.raw());
        }
        ProtoWs ws = new ProtoWs();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (subprotocols.length > 0) {
            String[] more = java.util.Arrays.copyOfRange(subprotocols, 1, subprotocols.length);
            builder.subprotocols(subprotocols[0], more);
        }
        ws.socket = builder.buildAsync(URI.create(api.base().replace("http://", "ws://") + "/ws?ticket="
                + ticket.json().getString("ticket")), ws).join();
        return ws;
    }

    /** What the server chose: empty when it chose none. */
    String subprotocol() {
        return socket.getSubprotocol();
    }

    synchronized void send(Frame frame) {
        sendBytes(frame.toByteArray());
    }

    synchronized void sendBytes(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    }

    synchronized void sendText(String text) {
        socket.sendText(text, true).join();
    }

    /** The next binary frame, decoded with the server's generated classes, that matches; others are skipped. */
    Frame next(Predicate<Frame> wanted, long seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            byte[] bytes = nextBytes(Math.max(0, deadline - System.nanoTime()));
            try {
                Frame frame = Frame.parseFrom(bytes);
                if (wanted.test(frame)) {
                    return frame;
                }
            } catch (InvalidProtocolBufferException e) {
                throw new AssertionError("the server sent a binary frame that is no Frame", e);
            }
        }
    }

    Frame next(String type, long seconds) {
        return next(f -> type.equals(f.getType()), seconds);
    }

    /** The next binary frame as it came. */
    byte[] nextBytes(long nanos) {
        try {
            byte[] bytes = binaries.poll(nanos, TimeUnit.NANOSECONDS);
            if (bytes == null) {
                throw new AssertionError("no binary frame in time; text frames meanwhile: " + texts);
            }
            return bytes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next text frame, or null when none came in time. */
    String nextText(long seconds) {
        try {
            return texts.poll(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] chunk = new byte[data.remaining()];
        data.get(chunk);
        partialBinary.writeBytes(chunk);
        if (last) {
            binaries.add(partialBinary.toByteArray());
            partialBinary.reset();
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partialText.append(data);
        if (last) {
            texts.add(partialText.toString());
            partialText.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null);
    }
}
