package chat.messaging.internal.interfaces.ws;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import chat.identity.api.DeviceIdentity;
import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;

/**
 * One live WebSocket of one device. Frames leave through the asynchronous remote, one at a time,
 * from a bounded queue: a slow client never blocks whoever sends to it, and a client that falls
 * {@link #MAX_QUEUED} frames behind is closed (it reconnects and pulls what it missed).
 */
final class Connection {

    static final int MAX_QUEUED = 1_000;
    private static final Logger LOG = Logger.getLogger(Connection.class.getName());

    private final Session session;
    private final DeviceIdentity device;
    private final Queue<String> queued = new ArrayDeque<>();
    private final Set<String> conversations = ConcurrentHashMap.newKeySet();
    private final Map<String, PendingNotify> pendingNotifies = new HashMap<>();
    private final Map<String, Long> lastNotifyMillis = new HashMap<>();
    private boolean sending;
    private volatile long lastHeardMillis = System.currentTimeMillis();

    Connection(Session session, DeviceIdentity device) {
        this.session = session;
        this.device = device;
    }

    DeviceIdentity device() {
        return device;
    }

    String id() {
        return session.getId();
    }

    /** The conversations this connection is indexed under (kept by {@link ConversationIndex}). */
    Set<String> conversations() {
        return conversations;
    }

    /** Notifies waiting to be batched; guarded by this connection's lock ({@link NotifyCoalescer}). */
    Map<String, PendingNotify> pendingNotifies() {
        return pendingNotifies;
    }

    long lastNotifyMillis(String groupId) {
        return lastNotifyMillis.getOrDefault(groupId, 0L);
    }

    void notified(String groupId, long at) {
        lastNotifyMillis.put(groupId, at);
    }

    void heard() {
        lastHeardMillis = System.currentTimeMillis();
    }

    long lastHeardMillis() {
        return lastHeardMillis;
    }

    /** Queues a frame; never blocks. */
    void send(String frame) {
        synchronized (this) {
            if (queued.size() >= MAX_QUEUED) {
                queued.clear();
                close(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too slow: reconnect and pull");
                return;
            }
            queued.add(frame);
            if (sending) {
                return;
            }
            sending = true;
        }
        sendNext();
    }

    private void sendNext() {
        String next;
        synchronized (this) {
            next = queued.poll();
            if (next == null || !session.isOpen()) {
                sending = false;
                return;
            }
        }
        session.getAsyncRemote().sendText(next, this::sent);
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
