package chat.unread.internal.infrastructure;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import chat.platform.broker.BrokerSender;
import chat.platform.cache.CacheName;
import chat.platform.cache.SharedCache;
import chat.unread.internal.domain.CursorMove;
import chat.unread.internal.domain.CursorMoves;
import chat.unread.internal.domain.CursorStore;
import chat.unread.internal.domain.ReadCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import chat.platform.json.Json;

/**
 * A move is first put on the durable {@code chat.read-cursors} queue, which {@link CursorFlush}
 * writes to the database in batches, and then settled in the shared {@code unread.read-cursors} cache
 * (compare-and-set, so of two racing moves the greater wins on every node). A move is safe once
 * {@link #moveForward} returns; the cache entry outlives the batch that stores it, and reads take
 * the greater of the cached and the stored cursor.
 */
@ApplicationScoped
class QueuedCursorMoves implements CursorMoves {

    static final String QUEUE = "chat.read-cursors";
    static final Duration PENDING = Duration.ofHours(1);

    @Inject
    @CacheName("unread.read-cursors")
    SharedCache<Long> pending;

    @Inject
    CursorStore store;

    @Inject
    BrokerSender broker;

    @Override
    public long current(String conversationId, String userId) {
        String key = key(conversationId, userId);
        var cached = pending.get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        long stored = store.cursor(conversationId, userId);
        return pending.putIfAbsent(key, stored, PENDING) ? stored : current(conversationId, userId);
    }

    @Override
    public Map<String, Long> currentOf(String userId, Collection<String> conversationIds) {
        Map<String, Long> cursors = new HashMap<>(store.cursorsOf(userId));
        cursors.keySet().retainAll(Set.copyOf(conversationIds));
        Set<String> keys = new LinkedHashSet<>();
        conversationIds.forEach(id -> keys.add(key(id, userId)));
        pending.getAll(keys).forEach((key, seq) -> cursors.merge(conversationOf(key), seq, Math::max));
        return cursors;
    }

    @Override
    public Map<String, Long> currentIn(String conversationId, Collection<String> userIds) {
        Map<String, Long> stored = store.cursorsIn(conversationId);
        Map<String, Long> cursors = new HashMap<>();
        userIds.forEach(id -> cursors.put(id, stored.getOrDefault(id, 0L)));
        Set<String> keys = new LinkedHashSet<>();
        userIds.forEach(id -> keys.add(key(conversationId, id)));
        pending.getAll(keys).forEach((key, seq) -> cursors.merge(userOf(key), seq, Math::max));
        return cursors;
    }

    @Override
    public boolean moveForward(CursorMove move) {
        // The durable step first: if the broker refuses, nothing moved and the caller hears so; a
        // move queued but then overtaken is harmless, the store keeps the greatest.
        return raise(move, () -> broker.send(QUEUE, Json.createObjectBuilder().add("g", move.conversationId())
                .add("u", move.userId()).add("s", move.seq()).build().toString()));
    }

    @Override
    public void storeWithin(List<CursorMove> moves) {
        store.advance(moves);
    }

    @Override
    public boolean settle(CursorMove move) {
        return raise(move, () -> { }) || current(move.conversationId(), move.userId()) == move.seq();
    }

    /** Raises the cursor that reads see to the move's seq if that is forward, {@code first} before; true when it moved. */
    private boolean raise(CursorMove move, Runnable first) {
        String key = key(move.conversationId(), move.userId());
        long current = current(move.conversationId(), move.userId());
        boolean started = false;
        while (ReadCursor.advances(current, move.seq())) {
            if (!started) {
                first.run();
                started = true;
            }
            if (pending.replace(key, current, move.seq(), PENDING)) {
                return true;
            }
            current = current(move.conversationId(), move.userId());
        }
        return false;
    }

    @Override
    public void forget(String conversationId, String userId) {
        store.remove(conversationId, userId);
        pending.remove(key(conversationId, userId));
    }

    private static String key(String conversationId, String userId) {
        return conversationId + ' ' + userId;
    }

    private static String conversationOf(String key) {
        return key.substring(0, key.indexOf(' '));
    }

    private static String userOf(String key) {
        return key.substring(key.indexOf(' ') + 1);
    }
}
