package chat.messaging.internal.interfaces.ws;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import chat.identity.api.DeviceIdentity;
import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;

/**
 * One live WebSocket of one device. Frames are queued ({@link OutgoingFrame}) and leave through the
 * asynchronous remote, one at a time, as JSON text or, on a {@value #PROTO} connection, as binary
 * Protocol Buffers,
 * from a bounded queue: a slow client never blocks whoever sends to it, and a client that falls
 * {@link #MAX_QUEUED} frames or {@link #MAX_QUEUED_CHARS} characters behind is closed with 1013
 * (it reconnects and pulls what it missed).
 */
final class Connection {

    /** The subprotocols a client may ask for: binary Protocol Buffers frames, or JSON text frames. */
    static final String PROTO = "chat.v1.proto";
    static final String JSON = "chat.v1.json";
    static final int MAX_QUEUED = 1_000;
    /** About 4 to 8 MB of heap: two of the largest pull answers (200 messages of 10,000 characters). */
    static final long MAX_QUEUED_CHARS = 4L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(Connection.class.getName());

    private final Session session;
    private final DeviceIdentity device;
    private final boolean binary;
    private final OutgoingQueue queued = new OutgoingQueue(MAX_QUEUED, MAX_QUEUED_CHARS);
    private final FrameAssembler incoming = new FrameAssembler(FrameHandler.MAX_FRAME_CHARS);
    private final Set<String> conversations = ConcurrentHashMap.newKeySet();
    private volatile long lastHeardMillis = System.currentTimeMillis();

    Connection(Session session, DeviceIdentity device, boolean binary) {
        this.session = session;
        this.device = device;
        this.binary = binary;
    }

    /** Whether this connection speaks {@value #PROTO}: its frames leave as binary Protocol Buffers. */
    boolean binary() {
        return binary;
    }

    DeviceIdentity device() {
        return device;
    }

    String id() {
        return session.getId();
    }

    /** Gathers the fragments of the client's messages ({@link ChatSocket}). */
    FrameAssembler incoming() {
        return incoming;
    }

    /** The conversations this connection is indexed under (kept by {@link ConversationIndex}). */
    Set<String> conversations() {
        return conversations;
    }

    void heard() {
        lastHeardMillis = System.currentTimeMillis();
    }

    long lastHeardMillis() {
        return lastHeardMillis;
    }

    /** Queues a frame; never blocks. */
    void send(String frame) {
        accepted(queued.offer(frame));
    }

    /** Queues a frame about a conversation behind any notify held for it; never blocks. */
    void send(String conversationId, String frame) {
        accepted(queued.offer(conversationId, frame));
    }

    /** Tells of new seqs: at once when idle, else batched with what waits ({@link OutgoingQueue}); never blocks. */
    void notifyOf(NotifyRun run) {
        accepted(queued.offer(run));
    }

    private void accepted(OutgoingQueue.Offer offer) {
        switch (offer) {
            case START -> sendNext();
            case OVERFLOW -> close(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too slow: reconnect and pull");
            case QUEUED, DROPPED -> {
            }
        }
    }

    private void sendNext() {
        OutgoingFrame next = queued.next();
        if (next == null) {
            return;
        }
        if (!session.isOpen()) {
            queued.clear();
            return;
        }
        if (binary) {
            session.getAsyncRemote().sendBinary(ByteBuffer.wrap(next.binary()), this::sent);
        } else {
            session.getAsyncRemote().sendText(next.text(), this::sent);
        }
    }

    private void sent(SendResult result) {
        if (!result.isOK()) {
            LOG.fine(() -> "frame to " + device + " not sent: " + result.getException());
        }
        sendNext();
    }

    void close(CloseReason.CloseCode code, String reason) {
        try {
            session.close(new CloseReason(code, reason));
        } catch (IOException | IllegalStateException e) {
            LOG.fine(() -> "closing " + device + ": " + e);
        }
    }
}
