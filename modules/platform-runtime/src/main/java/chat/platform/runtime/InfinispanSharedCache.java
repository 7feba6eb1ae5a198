package chat.platform.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.infinispan.Cache;
import org.infinispan.notifications.Listener;
import org.infinispan.notifications.cachelistener.annotation.CacheEntryExpired;
import org.infinispan.notifications.cachelistener.event.CacheEntryExpiredEvent;

import chat.platform.cache.SharedCache;

/** {@link SharedCache} on an Infinispan cache. */
final class InfinispanSharedCache<V> implements SharedCache<V> {

    private final Cache<String, V> cache;

    InfinispanSharedCache(Cache<String, V> cache) {
        this.cache = cache;
    }

    @Override
    public Optional<V> get(String key) {
        return Optional.ofNullable(cache.get(key));
    }

    @Override
    public Map<String, V> getAll(Set<String> keys) {
        return cache.getAdvancedCache().getAll(keys);
    }

    @Override
    public boolean contains(String key) {
        return cache.containsKey(key);
    }

    @Override
    public void put(String key, V value, Duration lifespan) {
        cache.put(key, value, millis(lifespan), TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean putIfAbsent(String key, V value, Duration lifespan) {
        return cache.putIfAbsent(key, value, millis(lifespan), TimeUnit.MILLISECONDS) == null;
    }

    @Override
    public boolean replace(String key, V expected, V updated, Duration lifespan) {
        return cache.replace(key, expected, updated, millis(lifespan), TimeUnit.MILLISECONDS);
    }

    @Override
    public Optional<V> remove(String key) {
        return Optional.ofNullable(cache.remove(key));
    }

    @Override
    public void onExpiry(Consumer<String> callback) {
        cache.addListener(new ExpiryListener(callback));
    }

    private static long millis(Duration lifespan) {
        return Math.max(1, lifespan.toMillis());
    }

    @Listener(observation = Listener.Observation.POST)
    public static final class ExpiryListener {

        private final Consumer<String> callback;

        ExpiryListener(Consumer<String> callback) {
            this.callback = callback;
        }

        @CacheEntryExpired
        public void expired(CacheEntryExpiredEvent<String, ?> event) {
            callback.accept(event.getKey());
        }
    }
}
