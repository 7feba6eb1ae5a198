package chat.platform.outbox;

/** The message properties the outbox relay sets, for consumers that need them. */
public final class OutboxHeaders {

    /** The row's duplicate-detection id: the same on every resend of one row, never reused by another. */
    public static final String DEDUP_ID = "chat_dedup_id";

    private OutboxHeaders() {
    }
}
