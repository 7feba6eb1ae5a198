package chat.unread.internal.domain;

/**
 * How many messages of a conversation a member has not read: the conversation's last seq minus
 * the member's read cursor, exact up to 99 and 100 from there on (shown as "99+"). Seqs are
 * dense, so this is arithmetic, never a count of rows; the sender's own messages are not unread
 * because sending moves the sender's cursor to them.
 */
public record UnreadCount(long count) {

    /** Counts stop here; a badge shows "99+". */
    public static final long CAP = 100;

    public UnreadCount {
        if (count < 0 || count > CAP) {
            throw new IllegalArgumentException("an unread count is 0.." + CAP + ": " + count);
        }
    }

    public static UnreadCount of(long lastSeq, long readSeq) {
        return new UnreadCount(Math.max(0, Math.min(CAP, lastSeq - readSeq)));
    }

    public String display() {
        return display(count);
    }

    /** A count or a sum of counts as a badge shows it: the number, or "99+" past 99. */
    public static String display(long count) {
        return count >= CAP ? "99+" : Long.toString(count);
    }
}
