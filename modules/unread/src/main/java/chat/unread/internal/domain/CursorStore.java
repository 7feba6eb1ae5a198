package chat.unread.internal.domain;

import java.util.Collection;
import java.util.Map;

/** The stored read cursors. A member without one has read nothing (cursor 0). */
public interface CursorStore {

    /** The user's stored cursors by conversation id. */
    Map<String, Long> cursorsOf(String userId);

    /** The stored cursors of a conversation's members by user id. */
    Map<String, Long> cursorsIn(String conversationId);

    /** The member's stored cursor, 0 when there is none. */
    long cursor(String conversationId, String userId);

    /** Writes the moves at once; a cursor only moves forward, whatever order they come in. */
    void advance(Collection<CursorMove> moves);

    /** Members who join start at the conversation's last seq: nothing before their join is unread. */
    void startAt(String conversationId, Collection<String> userIds, long seq);

    void remove(String conversationId, String userId);

    void removeConversation(String conversationId);
}
