package chat.messaging.internal.infrastructure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import chat.messaging.internal.application.RecentMessages;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageRepository;
import chat.platform.cache.CacheName;
import chat.platform.cache.SharedCache;
import chat.platform.db.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Each conversation's last {@link RecentWindow#SIZE} messages as one Infinispan entry (a JSON
 * string, so it marshals without a schema). A miss loads the window from the database once per
 * node however many pulls miss at the same moment (single flight); appends extend it by
 * compare-and-set, and anything out of order drops it so the next read reloads it.
 */
@ApplicationScoped
class InfinispanRecentMessages implements RecentMessages {

    static final Duration LIFESPAN = Duration.ofMinutes(30);

    @Inject
    @CacheName("messaging.recent")
    SharedCache<String> windows;

    @Inject
    @CacheName("messaging.hiders")
    SharedCache<String> hiders;

    @Inject
    @CacheName("messaging.hidden")
    SharedCache<String> hidden;

    @Inject
    MessageRepository messages;

    @Inject
    AfterCommit afterCommit;

    private final Map<String, CompletableFuture<Object>> loading = new ConcurrentHashMap<>();

    @Override
    public Optional<List<Message>> range(String groupId, long after, long until, int limit) {
        return window(groupId).slice(after, until, limit);
    }

    @Override
    public void appendAfterCommit(Message message) {
        afterCommit.run(() -> append(message));
    }

    @Override
    public void forgetAfterCommit(String groupId) {
        afterCommit.run(() -> windows.remove(groupId));
    }

    @Override
    public Set<Long> hiddenBy(String userId, String groupId) {
        // Who ever hid something here is known per conversation (one query per conversation), so
        // the many members who never did cost no query at all.
        String hiddenByAnyone = hiders.get(groupId).orElseGet(() -> singleFlight("hiders/" + groupId, () -> {
            String loaded = "," + String.join(",", messages.usersWhoHid(groupId)) + ",";
            hiders.put(groupId, loaded, LIFESPAN);
            return loaded;
        }));
        if (!hiddenByAnyone.contains("," + userId + ",")) {
            return Set.of();
        }
        String key = userId + "/" + groupId;
        String seqs = hidden.get(key).orElseGet(() -> {
            String loaded = messages.hiddenSeqs(userId, groupId).stream().map(String::valueOf)
                    .collect(Collectors.joining(","));
            hidden.put(key, loaded, LIFESPAN);
            return loaded;
        });
        return seqs.isEmpty() ? Set.of()
                : Arrays.stream(seqs.split(",")).map(Long::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void hiddenChanged(String userId, String groupId) {
        afterCommit.run(() -> {
            hiders.remove(groupId);
            hidden.remove(userId + "/" + groupId);
        });
    }

    private void append(Message message) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<String> stored = windows.get(message.groupId());
            if (stored.isEmpty()) {
                return;
            }
            Optional<RecentWindow> next = RecentWindow.decode(stored.get()).append(message);
            if (next.isEmpty()) {
                windows.remove(message.groupId());
                return;
            }
            if (windows.replace(message.groupId(), stored.get(), next.get().encode(), LIFESPAN)) {
                return;
            }
        }
        windows.remove(message.groupId());
    }

    private RecentWindow window(String groupId) {
        Optional<String> cached = windows.get(groupId);
        if (cached.isPresent()) {
            return RecentWindow.decode(cached.get());
        }
        return singleFlight("window/" + groupId, () -> {
            RecentWindow loaded = RecentWindow.of(messages.newest(groupId, RecentWindow.SIZE));
            windows.putIfAbsent(groupId, loaded.encode(), LIFESPAN);
            return loaded;
        });
    }

    /** Runs the loader once for all callers that miss the same key at the same moment on this node. */
    @SuppressWarnings("unchecked")
    private <T> T singleFlight(String key, Supplier<T> loader) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = loading.putIfAbsent(key, mine);
        if (running != null) {
            return (T) running.join();
        }
        try {
            T loaded = loader.get();
            mine.complete(loaded);
            return loaded;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(key, mine);
        }
    }
}
