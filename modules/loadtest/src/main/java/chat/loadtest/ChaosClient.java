package chat.loadtest;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.json.JsonObject;

/**
 * One client of {@code chaos}: a user with a bot token, in one group, on its own WebSocket. It
 * sends its messages one at a time, each until an ack it keeps: an ack it drops on purpose
 * ({@link AckBook#drops}), an error frame, no answer within the ack timeout, or a socket lost with
 * the send in flight all lead to the same send again, with the same clientMsgId. A socket that
 * closed is opened again with a fresh ticket, with backoff while tickets or handshakes fail.
 */
final class ChaosClient implements LiveSocket.FrameHandler {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final long MAX_BACKOFF_MILLIS = 4_000;

    /** A send waiting for its answer, on the socket it went out on. */
    private record Pending(CompletableFuture<JsonObject> answer, LiveSocket socket) {
    }

    private final ChatApi api;
    private final String token;
    private final String groupId;
    private final AckBook book;
    private final Duration ackTimeout;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private volatile LiveSocket socket;

    ChaosClient(ChatApi api, String token, String groupId, AckBook book, Duration ackTimeout) {
        this.api = api;
        this.token = token;
        this.groupId = groupId;
        this.book = book;
        this.ackTimeout = ackTimeout;
    }

    /** Sends {@code clientMsgId} until an ack is kept; false only when the deadline came first. */
    boolean sendUntilKept(String clientMsgId, Deadline deadline) throws InterruptedException {
        String frame = ChatFrames.send(clientMsgId, groupId, "chaos " + clientMsgId);
        for (int attempt = 1; !deadline.expired(); attempt++) {
            LiveSocket on = connected(deadline);
            if (on == null) {
                return false;
            }
            long t0 = System.nanoTime();
            CompletableFuture<JsonObject> answer = new CompletableFuture<>();
            pending.put(clientMsgId, new Pending(answer, on));
            book.sent(attempt);
            on.send(frame).whenComplete((done, error) -> {
                if (error != null) {
                    answer.completeExceptionally(error);
                }
            });
            if (!on.isOpen()) {
                answer.completeExceptionally(new IOException("socket closed"));
            }
            JsonObject reply;
            try {
                reply = answer.get(deadline.cap(ackTimeout).toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                book.error("NO_ANSWER");
                continue;
            } catch (ExecutionException e) {
                book.error("SOCKET_LOST");
                pause(attempt);
                continue;
            } finally {
                pending.remove(clientMsgId);
            }
            if ("ack".equals(ChatFrames.string(reply, "type"))) {
                if (book.ack(clientMsgId, attempt, ChatFrames.number(reply, "seq", -1)) == AckBook.Verdict.KEEP) {
                    return true;
                }
                // pretend it never came: the send is retried once the ack timeout has passed
                long waited = System.nanoTime() - t0;
                Thread.sleep(Math.max(0, (ackTimeout.toNanos() - waited) / 1_000_000));
            } else {
                book.error(ChatFrames.string(reply, "code"));
                pause(attempt);
            }
        }
        return false;
    }

    @Override
    public void frame(LiveSocket from, JsonObject frame, long arrivedNanos) {
        String type = ChatFrames.string(frame, "type");
        String clientMsgId = ChatFrames.string(frame, "clientMsgId");
        if (("ack".equals(type) || "error".equals(type)) && clientMsgId != null) {
            Pending waiting = pending.get(clientMsgId);
            if (waiting == null || !waiting.answer().complete(frame)) {
                book.lateAnswer("ack".equals(type) ? "ack" : ChatFrames.string(frame, "code"));
            }
        }
        // notify frames and events are not part of this run: the final check reads the history
    }

    /** Closes the socket, if open; waits a little for the server's side. */
    void close() {
        LiveSocket open = socket;
        if (open != null && open.isOpen()) {
            try {
                open.close().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                open.abort();
            }
        }
    }

    /** The open socket, or a new one with a fresh ticket; null when the deadline passed first. */
    private LiveSocket connected(Deadline deadline) throws InterruptedException {
        LiveSocket current = socket;
        if (current != null && current.isOpen()) {
            return current;
        }
        if (current != null) {
            book.reconnected();
        }
        for (int attempt = 1; !deadline.expired(); attempt++) {
            try {
                String ticket = api.wsTicket(token, deadline.cap(CONNECT_TIMEOUT));
                LiveSocket opened = LiveSocket.open(api, api.webSocketUri(ticket), deadline.cap(CONNECT_TIMEOUT),
                        this);
                opened.whenClosed().whenComplete((reason, error) -> failPendingOn(opened));
                socket = opened;
                return opened;
            } catch (InterruptedException e) {
                throw e;
            } catch (ApiException e) {
                book.connectError(e.code().isEmpty() ? "HTTP " + e.status() : e.code());
            } catch (Exception e) {
                book.connectError(e.getClass().getSimpleName());
            }
            pause(attempt);
        }
        return null;
    }

    private void failPendingOn(LiveSocket closed) {
        pending.values().stream().filter(p -> p.socket() == closed)
                .forEach(p -> p.answer().completeExceptionally(new IOException("socket closed")));
    }

    /** 100 ms doubling to 4 s, with jitter so that 200 clients do not come back in step. */
    private static void pause(int attempt) throws InterruptedException {
        long base = Math.min(MAX_BACKOFF_MILLIS, 100L << Math.min(attempt - 1, 6));
        Thread.sleep(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }
}
