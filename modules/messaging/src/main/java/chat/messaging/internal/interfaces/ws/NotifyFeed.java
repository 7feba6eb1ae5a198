package chat.messaging.internal.interfaces.ws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import chat.platform.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * The recent notifies of one conversation on this node, each message's JSON encoded once. The
 * {@code notify} frame for a run of seqs is built once and shared, as the same string, by every
 * connection that waits for that run; its binary form likewise, from each message's bytes, made
 * once. A run carries its messages while the feed still holds every
 * one of them with its body; a run reaching back past what is kept, over a gap, or over a message
 * too large to inline gets the seq-only frame, and the client pulls.
 */
final class NotifyFeed {

    /**
     * Seqs kept, and their characters: enough for a connection that falls a blast behind (a busy
     * connection's run is everything that came while it was writing), bounded so that a feed
     * stays small. A longer run gets the seq-only frame, and pulling costs about what inlining would.
     */
    static final int KEPT = 256;
    static final int KEPT_CHARS = 64 * 1024;
    /** Frames remembered: the runs that connections are likely to ask for again. */
    static final int FRAMES = 8;

    private final String groupId;
    private final String framePrefix;
    /** Message bodies (JSON text, null when not inlined) of the seqs {@code first .. last}, contiguous. */
    private final List<String> items = new ArrayList<>(KEPT);
    /** The same bodies as chat.proto {@code Message} bytes, each made when a binary connection first needs it. */
    private final List<byte[]> binaryItems = new ArrayList<>(KEPT);
    private long first;
    private long last;
    private long chars;
    private volatile long appendedAt;
    private final Map<Run, String> frames = recent();
    private final Map<Run, byte[]> binaryFrames = recent();

    private static <V> Map<Run, V> recent() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Run, V> eldest) {
                return size() > FRAMES;
            }
        };
    }

    /** The seqs {@code from .. to} of a conversation. */
    private record Run(long from, long to) {
    }

    NotifyFeed(String groupId) {
        this.groupId = groupId;
        this.framePrefix = "{\"type\":\"notify\",\"groupId\":" + Json.createValue(groupId) + ",\"seq\":";
    }

    String groupId() {
        return groupId;
    }

    /** When this feed last heard of a message ({@link System#currentTimeMillis()}). */
    long appendedAt() {
        return appendedAt;
    }

    /**
     * A {@code notify} frame of the conversation event: its messages (or its seq alone, when the
     * message is not inlined) join the feed, and the run they make is what the connections get.
     */
    NotifyRun append(JsonObject notify) {
        long seq = notify.getJsonNumber("seq").longValue();
        JsonArray items = notify.getJsonArray("items");
        if (items == null || items.isEmpty()) {
            append(seq, null);
            return new NotifyRun(this, seq, seq);
        }
        long from = items.getJsonObject(0).getJsonNumber("seq").longValue();
        for (JsonObject item : items.getValuesAs(JsonObject.class)) {
            append(item.getJsonNumber("seq").longValue(), item.toString());
        }
        return new NotifyRun(this, from, seq);
    }

    /** A stored message: its seq, and its JSON when it is inlined (else null). Seqs come in order. */
    synchronized void append(long seq, String item) {
        if (seq != last + 1 || items.isEmpty()) {
            items.clear();
            binaryItems.clear();
            chars = 0;
            first = seq;
        }
        items.add(item);
        binaryItems.add(null);
        chars += length(item);
        last = seq;
        while (items.size() > KEPT || chars > KEPT_CHARS && items.size() > 1) {
            chars -= length(items.remove(0));
            binaryItems.remove(0);
            first++;
        }
        appendedAt = System.currentTimeMillis();
    }

    private static int length(String item) {
        return item == null ? 0 : item.length();
    }

    /** The one {@code notify} standing for the seqs {@code from .. to}: the latest seq, and the messages when whole. */
    synchronized String frame(long from, long to) {
        return frames.computeIfAbsent(new Run(from, to), this::build);
    }

    private String build(Run run) {
        StringBuilder frame = new StringBuilder(framePrefix).append(run.to());
        List<String> bodies = bodies(run);
        if (bodies != null) {
            frame.append(",\"items\":[").append(String.join(",", bodies)).append(']');
        }
        return frame.append('}').toString();
    }

    /**
     * The same {@code notify} as a binary {@code Frame}: its fields, then each message's bytes,
     * encoded once for the feed whatever run it is in (ADR 0020).
     */
    synchronized byte[] binaryFrame(long from, long to) {
        return binaryFrames.computeIfAbsent(new Run(from, to), this::buildBinary);
    }

    private byte[] buildBinary(Run run) {
        if (bodies(run) == null) {
            return ProtoFrames.notify(groupId, run.to(), List.of());
        }
        List<byte[]> bodies = new ArrayList<>((int) (run.to() - run.from() + 1));
        for (int i = (int) (run.from() - first); i <= run.to() - first; i++) {
            if (binaryItems.get(i) == null) {
                binaryItems.set(i, ProtoFrames.message(items.get(i)));
            }
            bodies.add(binaryItems.get(i));
        }
        return ProtoFrames.notify(groupId, run.to(), bodies);
    }

    /** The run's message bodies, or null when the feed does not hold every one of them. */
    private List<String> bodies(Run run) {
        if (items.isEmpty() || run.from() < first || run.to() > last || run.from() > run.to()) {
            return null;
        }
        List<String> bodies = items.subList((int) (run.from() - first), (int) (run.to() - first + 1));
        return bodies.contains(null) ? null : bodies;
    }
}
