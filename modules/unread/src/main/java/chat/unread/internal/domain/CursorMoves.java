package chat.unread.internal.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Cursor moves on their way to the store: a move is accepted at once (durable when
 * {@link #moveForward} returns) and written with others in a batch later, so reads see the
 * newest cursor, pending or stored.
 */
public interface CursorMoves {

    /** The member's newest cursor. */
    long current(String conversationId, String userId);

    /** The user's newest cursors in these conversations (0 where there is none). */
    Map<String, Long> currentOf(String userId, Collection<String> conversationIds);

    /** These members' newest cursors in the conversation (0 where there is none). */
    Map<String, Long> currentIn(String conversationId, Collection<String> userIds);

    /** Moves the cursor to the move's seq if that is forward; true when it moved. */
    boolean moveForward(CursorMove move);

    /**
     * Writes the moves in the caller's transaction instead of queueing them: senders' own moves,
     * stored with their messages in one commit. Reads see each once {@link #settle} follows the commit.
     */
    void storeWithin(List<CursorMove> moves);

    /** After the transaction of {@link #storeWithin} committed: reads see the move; true when it moved the cursor. */
    boolean settle(CursorMove move);

    /** The member left: the cursor goes. */
    void forget(String conversationId, String userId);
}
