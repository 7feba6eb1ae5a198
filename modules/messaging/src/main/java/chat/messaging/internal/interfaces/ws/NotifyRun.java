package chat.messaging.internal.interfaces.ws;

/**
 * The seqs {@code from .. to} of one conversation that a connection is to be told of, in one
 * {@code notify} built by the conversation's {@link NotifyFeed}, in either encoding.
 */
record NotifyRun(NotifyFeed feed, long from, long to) implements OutgoingFrame {

    String conversationId() {
        return feed.groupId();
    }

    /** This run followed by a later one of the same conversation: one run up to the later one's end. */
    NotifyRun through(NotifyRun later) {
        return new NotifyRun(later.feed, Math.min(from, later.from), Math.max(to, later.to));
    }

    @Override
    public String text() {
        return feed.frame(from, to);
    }

    @Override
    public byte[] binary() {
        return feed.binaryFrame(from, to);
    }
}
