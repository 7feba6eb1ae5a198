package chat.unread.internal.domain;

/** A member has read a conversation up to {@code seq}. */
public record CursorMove(String conversationId, String userId, long seq) {
}
