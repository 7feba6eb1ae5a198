package chat.messaging.internal.interfaces.ws;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pace of the conversations too large to tell of each message at once (ADR 0014): past
 * {@link #LARGE} connections on this node, a conversation's connections hear of new seqs at most
 * once every {@link #INTERVAL_MILLIS}, or at once when {@link #FLUSH_AT} seqs are waiting; the
 * first message after a quiet second still leaves at once. One run then stands for all the
 * waiting seqs, built once for every connection. Smaller conversations are not paced: their
 * connections batch on their own while busy ({@link OutgoingQueue}). Times are passed in, so the
 * rule is tested without a clock.
 */
final class PacedConversations {

    static final int LARGE = 10_000;
    static final long INTERVAL_MILLIS = 1_000;
    static final int FLUSH_AT = 10;

    /** The seqs of one conversation waiting since its last fan-out. */
    private static final class Waiting {
        NotifyFeed feed;
        long from = -1;
        long to;
        int count;
        long lastFanOut = Long.MIN_VALUE / 2;
    }

    private final Map<String, Waiting> conversations = new HashMap<>();

    /** A new seq of a large conversation: the run to fan out now, or empty while it waits. */
    synchronized Optional<NotifyRun> offer(NotifyFeed feed, long seq, long now) {
        Waiting waiting = conversations.computeIfAbsent(feed.groupId(), id -> new Waiting());
        waiting.feed = feed;
        waiting.from = waiting.from < 0 ? seq : waiting.from;
        waiting.to = Math.max(waiting.to, seq);
        waiting.count++;
        boolean quiet = now - waiting.lastFanOut >= INTERVAL_MILLIS;
        return quiet || waiting.count >= FLUSH_AT ? Optional.of(take(waiting, now)) : Optional.empty();
    }

    /** The runs whose interval has passed; a conversation quiet for a whole interval is forgotten. */
    synchronized List<NotifyRun> due(long now) {
        List<NotifyRun> due = new ArrayList<>();
        conversations.values().removeIf(waiting -> {
            boolean intervalPassed = now - waiting.lastFanOut >= INTERVAL_MILLIS;
            if (intervalPassed && waiting.count > 0) {
                due.add(take(waiting, now));
                return false;
            }
            return intervalPassed;
        });
        return due;
    }

    private static NotifyRun take(Waiting waiting, long now) {
        NotifyRun run = new NotifyRun(waiting.feed, waiting.from, waiting.to);
        waiting.from = -1;
        waiting.count = 0;
        waiting.lastFanOut = now;
        return run;
    }
}
