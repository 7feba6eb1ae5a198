package chat.loadtest;

import java.util.concurrent.CompletableFuture;

import jakarta.json.JsonObject;

/**
 * A reader of {@code unread} on its own socket: sends {@code {"type":"read","groupId","seq"}}
 * for the next seq of its {@link ReadWalk} as soon as the last frame is answered (by the
 * {@code conversation.read} event, or an {@code error}), until the stop time or the last seq.
 * Other frames (pongs aside, which the socket counts) are not part of the measurement.
 */
final class ReadingMember implements LiveSocket.FrameHandler {

    private final String groupId;
    private final ReadWalk walk;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile long stopNanos;
    private String firstError; // guarded by this

    ReadingMember(String groupId, ReadWalk walk) {
        this.groupId = groupId;
        this.walk = walk;
    }

    static String frame(String groupId, long seq) {
        return JsonText.object().add("type", "read").add("groupId", groupId).add("seq", seq).build().toString();
    }

    /** Sends the first frame; no frame is sent at or after {@code stopAtNanos}. */
    void start(LiveSocket socket, long stopAtNanos) {
        this.stopNanos = stopAtNanos;
        sendNext(socket, System.nanoTime());
    }

    /** Completes when the reader stopped sending and its last frame was answered (or could not be sent). */
    CompletableFuture<Void> done() {
        return done;
    }

    @Override
    public void frame(LiveSocket from, JsonObject frame, long arrived) {
        String type = ChatFrames.string(frame, "type");
        synchronized (this) {
            if ("event".equals(type) && "conversation.read".equals(ChatFrames.string(frame, "event"))
                    && groupId.equals(ChatFrames.string(frame, "groupId"))) {
                walk.answered(ChatFrames.number(frame, "seq", -1), arrived);
            } else if ("error".equals(type)) {
                walk.failed(arrived);
                firstError = firstError == null ? frame.toString() : firstError;
            } else {
                return;
            }
        }
        sendNext(from, arrived);
    }

    private void sendNext(LiveSocket socket, long now) {
        long seq;
        synchronized (this) {
            seq = now - stopNanos < 0 ? walk.next(now) : -1;
        }
        if (seq < 0) {
            done.complete(null);
            return;
        }
        socket.send(frame(groupId, seq)).whenComplete((sent, error) -> {
            if (error != null) {
                synchronized (this) {
                    walk.failed(System.nanoTime());
                    firstError = firstError == null ? "send failed: " + error : firstError;
                }
                done.complete(null);
            }
        });
    }

    /** What the walk did, read under the lock the socket's thread writes under. */
    record Summary(int answers, int moved, int errors, int unexpected, boolean waiting, boolean reachedLast,
            long lastAnswerNanos, long[] latencies, String firstError) {
    }

    synchronized Summary summary() {
        return new Summary(walk.answers(), walk.moved(), walk.errors(), walk.unexpected(), walk.waiting(),
                walk.reachedLast(), walk.lastAnswerNanos(), walk.latencies(), firstError);
    }
}
