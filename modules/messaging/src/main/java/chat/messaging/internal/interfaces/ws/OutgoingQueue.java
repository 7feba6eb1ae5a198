package chat.messaging.internal.interfaces.ws;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;

/**
 * The frames waiting for one connection, bounded in number and in size: a pull answer can be
 * megabytes, so a client that reads slower than it asks would otherwise pile them up in the
 * heap. Size counts characters of JSON text, frames queued plus the one being written (that is
 * what the heap holds). A lone frame is always accepted, however large, when nothing else is
 * waiting, so the largest answer can still leave. Once it overflowed the queue takes nothing more:
 * the connection is closing.
 *
 * <p>Notifies batch themselves here (ADR 0014): one offered while nothing is queued or being
 * written leaves at once; one offered while the connection is busy is held, merged with the
 * conversation's run already held, and leaves as one frame when the queue has drained. A quiet
 * conversation gets each message in its own notify at once, a blast collapses into a frame per
 * conversation per write, and a conversation's frames still leave in seq order.
 */
final class OutgoingQueue {

    /** What became of an offered frame. */
    enum Offer {
        /** Accepted, and nothing is being written: the caller starts writing. */
        START,
        /** Accepted behind others; the writer will get to it. */
        QUEUED,
        /** Past a bound: the queue was emptied and the caller closes the connection. */
        OVERFLOW,
        /** Refused because the queue overflowed before. */
        DROPPED
    }

    private final int maxFrames;
    private final long maxChars;
    private final Queue<OutgoingFrame> frames = new ArrayDeque<>();
    /** Notify runs held while the connection is busy, by conversation, in the order they came; made when first needed. */
    private Map<String, NotifyRun> held;
    private long queuedChars;
    private long writingChars;
    private boolean writing;
    private boolean overflowed;

    OutgoingQueue(int maxFrames, long maxChars) {
        this.maxFrames = maxFrames;
        this.maxChars = maxChars;
    }

    synchronized Offer offer(String frame) {
        return accept(OutgoingFrame.of(frame));
    }

    private Offer accept(OutgoingFrame frame) {
        if (overflowed) {
            return Offer.DROPPED;
        }
        boolean idle = frames.isEmpty() && !writing;
        if (!idle && (frames.size() >= maxFrames || queuedChars + writingChars + frame.text().length() > maxChars)) {
            overflowed = true;
            frames.clear();
            held = null;
            queuedChars = 0;
            return Offer.OVERFLOW;
        }
        queue(frame);
        if (writing) {
            return Offer.QUEUED;
        }
        writing = true;
        return Offer.START;
    }

    /** A notify run: written at once when the connection is idle, else held and merged until the queue drains. */
    synchronized Offer offer(NotifyRun run) {
        if (overflowed) {
            return Offer.DROPPED;
        }
        if (writing || !frames.isEmpty()) {
            if (held == null) {
                held = new LinkedHashMap<>();
            }
            held.merge(run.conversationId(), run, NotifyRun::through);
            return Offer.QUEUED;
        }
        return accept(run.frame());
    }

    /**
     * A frame of a conversation's own (a recall): it must not overtake the notify of what it is
     * about, so a run held for the conversation is queued ahead of it.
     */
    synchronized Offer offer(String conversationId, String frame) {
        NotifyRun run = held == null ? null : held.remove(conversationId);
        if (run != null && !overflowed) {
            queue(run.frame());
        }
        return accept(OutgoingFrame.of(frame));
    }

    /** The next frame to write (the previous one is done), or null: nothing waits and writing stops. */
    synchronized OutgoingFrame next() {
        if (frames.isEmpty() && held != null && !held.isEmpty()) {
            held.values().forEach(run -> queue(run.frame()));
            held.clear();
        }
        OutgoingFrame frame = frames.poll();
        if (frame == null) {
            writing = false;
            writingChars = 0;
            return null;
        }
        int chars = frame.text().length();
        queuedChars -= chars;
        writingChars = chars;
        return frame;
    }

    private void queue(OutgoingFrame frame) {
        frames.add(frame);
        queuedChars += frame.text().length();
    }

    /** Forgets what waits (the connection is gone). */
    synchronized void clear() {
        frames.clear();
        held = null;
        queuedChars = 0;
        writingChars = 0;
        writing = false;
    }

    synchronized int size() {
        return frames.size();
    }

    synchronized long chars() {
        return queuedChars + writingChars;
    }
}
