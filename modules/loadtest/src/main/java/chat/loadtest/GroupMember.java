package chat.loadtest;

import java.util.concurrent.CompletableFuture;

import jakarta.json.JsonObject;

/**
 * One member of the measured group on its own socket, acting as a client: it feeds the group's
 * {@code notify} and {@code messages} frames to its {@link SeqTracker} and sends the pulls the
 * tracker asks for; as a sender it matches {@code ack} and {@code error} frames to its sends by
 * clientMsgId ({@link PendingSends}). When sampled, it records for every seq it comes to hold the
 * time from the message's send (read from its text) to that moment: the send-to-notify latency.
 */
final class GroupMember implements LiveSocket.FrameHandler {

    private final String groupId;
    private final SeqTracker tracker;
    private final LongSamples latencies; // null when this member is not sampled
    private final PendingSends sends = new PendingSends();
    private volatile LiveSocket socket;
    private long arrivedNanos; // of the frame being read; guarded by this
    private long lastNotifyNanos; // guarded by this
    private int pullErrors; // guarded by this

    GroupMember(String groupId, boolean sampled) {
        this.groupId = groupId;
        this.latencies = sampled ? new LongSamples() : null;
        this.tracker = new SeqTracker(item -> {
            if (latencies != null && item.sentNanos() >= 0) {
                latencies.add(arrivedNanos - item.sentNanos());
            }
        });
    }

    void attach(LiveSocket opened) {
        this.socket = opened;
    }

    LiveSocket socket() {
        return socket;
    }

    /** Sends a TEXT message; the future completes with its {@code ack} or {@code error} frame. */
    CompletableFuture<JsonObject> send(String clientMsgId, String text) {
        return sends.send(socket, clientMsgId, ChatFrames.send(clientMsgId, groupId, text));
    }

    @Override
    public void frame(LiveSocket from, JsonObject frame, long arrived) {
        if (sends.answered(frame)) {
            return;
        }
        String type = ChatFrames.string(frame, "type");
        SeqTracker.Pull pull = null;
        synchronized (this) {
            arrivedNanos = arrived;
            if ("error".equals(type) && tracker.pulling()) {
                pullErrors++;
                tracker.onPullFailed();
            } else if ("notify".equals(type) && groupId.equals(ChatFrames.string(frame, "groupId"))) {
                lastNotifyNanos = arrived;
                pull = tracker.onNotify(ChatFrames.number(frame, "seq", 0), ChatFrames.items(frame));
            } else if ("messages".equals(type) && groupId.equals(ChatFrames.string(frame, "groupId"))) {
                pull = tracker.onPullAnswer(ChatFrames.items(frame), frame.getBoolean("hasMore", false));
            }
            // events (member.joined, presence...) are not part of this measurement
        }
        if (pull != null) {
            from.send(ChatFrames.pull(groupId, pull.after(), pull.until()));
        }
    }

    synchronized void assumeHeld(long seq) {
        tracker.assumeHeld(seq);
    }

    synchronized long held() {
        return tracker.held();
    }

    synchronized int notifies() {
        return tracker.notifies();
    }

    synchronized int pulls() {
        return tracker.pulls();
    }

    synchronized int emptyPullAnswers() {
        return tracker.emptyAnswers();
    }

    synchronized int pullErrors() {
        return pullErrors;
    }

    /** When the last notify of the group arrived, or 0 when none did. */
    synchronized long lastNotifyNanos() {
        return lastNotifyNanos;
    }

    /** Send-to-hold latencies in nanoseconds; none when this member is not sampled. */
    synchronized long[] latencies() {
        return latencies == null ? new long[0] : latencies.toArray();
    }
}
