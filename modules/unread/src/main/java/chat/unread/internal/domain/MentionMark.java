package chat.unread.internal.domain;

/**
 * The message at {@code seq} mentions {@code userId}, or every member when {@code userId} is
 * {@link #EVERYONE}.
 */
public record MentionMark(String conversationId, String userId, long seq) {

    /** Stands for every member; no user id is a lone asterisk. */
    public static final String EVERYONE = "*";
}
