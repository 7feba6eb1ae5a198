package chat.messaging.internal.interfaces.ws;

/**
 * Joins the fragments of one client message, up to a bound. The container refuses a single frame
 * over the limit from its header (1009), but it checks no total across fragments: a client that
 * splits a message (the JDK's WebSocket client does, past 16 KiB) could make the server hold any
 * amount. Fragments arrive here one by one and the message is refused the moment it passes the
 * bound. One per connection; the container delivers one connection's fragments in order.
 */
final class FrameAssembler {

    private final int maxChars;
    private final StringBuilder pending = new StringBuilder();

    FrameAssembler(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Thrown when a message passes the bound; what was gathered is dropped. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    /** The whole message once its last fragment came, else null. */
    String add(String fragment, boolean last) throws TooLarge {
        if (pending.length() + fragment.length() > maxChars) {
            pending.setLength(0);
            pending.trimToSize();
            throw new TooLarge("a frame holds at most " + maxChars + " characters");
        }
        if (last && pending.isEmpty()) {
            return fragment;
        }
        pending.append(fragment);
        if (!last) {
            return null;
        }
        String whole = pending.toString();
        pending.setLength(0);
        return whole;
    }
}
