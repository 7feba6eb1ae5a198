package chat.messaging.internal.interfaces.ws;

/**
 * The seqs {@code from .. to} of one conversation that a connection is to be told of, in one
 * {@code notify} built by the conversation's {@link NotifyFeed}, in either encoding.
 */
record NotifyRun(NotifyFeed feed, long from, long to) {

    String conversationId() {
        return feed.groupId();
    }

    /** This run followed by a later one of the same conversation: one run up to the later one's end. */
    NotifyRun through(NotifyRun later) {
        return new NotifyRun(later.feed, Math.min(from, later.from), Math.max(to, later.to));
    }

    /**
     * The run's frame as it stands now, to be queued: its text fixed (what the queue counts), its
     * binary form made from the feed when a binary connection sends it.
     */
    OutgoingFrame frame() {
        return new Frame(feed.frame(from, to), this);
    }

    /** A run's notify, queued. */
    record Frame(String text, NotifyRun run) implements OutgoingFrame {
        @Override
        public byte[] binary() {
            return run.feed().binaryFrame(run.from(), run.to());
        }
    }
}
