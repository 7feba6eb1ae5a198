package chat.unread.internal.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import chat.unread.internal.domain.CursorMove;
import chat.unread.internal.domain.CursorMoves;

/** Cursors by "conversation|user", moved forward only, and how many times the user's cursors were looked up. */
class PendingCursors implements CursorMoves {

    final Map<String, Long> cursors = new HashMap<>();
    int lookups;

    void set(String conversationId, String userId, long seq) {
        cursors.put(conversationId + "|" + userId, seq);
    }

    @Override
    public long current(String conversationId, String userId) {
        return cursors.getOrDefault(conversationId + "|" + userId, 0L);
    }

    @Override
    public Map<String, Long> currentOf(String userId, Collection<String> conversationIds) {
        lookups++;
        Map<String, Long> found = new HashMap<>();
        conversationIds.forEach(id -> found.put(id, current(id, userId)));
        return found;
    }

    @Override
    public Map<String, Long> currentIn(String conversationId, Collection<String> userIds) {
        Map<String, Long> found = new HashMap<>();
        userIds.forEach(id -> found.put(id, current(conversationId, id)));
        return found;
    }

    @Override
    public boolean moveForward(CursorMove move) {
        if (move.seq() <= current(move.conversationId(), move.userId())) {
            return false;
        }
        set(move.conversationId(), move.userId(), move.seq());
        return true;
    }

    /** Written at once: there is no transaction here, so the commit is the call itself. */
    @Override
    public void storeWithin(List<CursorMove> moves) {
        moves.forEach(this::moveForward);
    }

    @Override
    public boolean settle(CursorMove move) {
        return current(move.conversationId(), move.userId()) == move.seq();
    }

    @Override
    public void forget(String conversationId, String userId) {
        cursors.remove(conversationId + "|" + userId);
    }
}
