package chat.messaging.internal.interfaces.ws;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * The frames waiting for one connection, bounded in number and in size: a pull answer can be
 * megabytes, so a client that reads slower than it asks would otherwise pile them up in the
 * heap. Size counts characters of JSON text, frames queued plus the one being written (that is
 * what the heap holds). A lone frame is always accepted, however large, when nothing else is
 * waiting, so the largest answer can still leave. Once it overflowed the queue takes nothing more:
 * the connection is closing.
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
    private final Queue<String> frames = new ArrayDeque<>();
    private long queuedChars;
    private long writingChars;
    private boolean writing;
    private boolean overflowed;

    OutgoingQueue(int maxFrames, long maxChars) {
        this.maxFrames = maxFrames;
        this.maxChars = maxChars;
    }

    synchronized Offer offer(String frame) {
        if (overflowed) {
            return Offer.DROPPED;
        }
        boolean idle = frames.isEmpty() && !writing;
        if (!idle && (frames.size() >= maxFrames || queuedChars + writingChars + frame.length() > maxChars)) {
            overflowed = true;
            frames.clear();
            queuedChars = 0;
            return Offer.OVERFLOW;
        }
        frames.add(frame);
        queuedChars += frame.length();
        if (writing) {
            return Offer.QUEUED;
        }
        writing = true;
        return Offer.START;
    }

    /** The next frame to write (the previous one is done), or null: nothing waits and writing stops. */
    synchronized String next() {
        String frame = frames.poll();
        if (frame == null) {
            writing = false;
            writingChars = 0;
            return null;
        }
        queuedChars -= frame.length();
        writingChars = frame.length();
        return frame;
    }

    /** Forgets what waits (the connection is gone). */
    synchronized void clear() {
        frames.clear();
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
