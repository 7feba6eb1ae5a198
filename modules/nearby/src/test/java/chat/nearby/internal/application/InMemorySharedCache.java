package chat.nearby.internal.application;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import chat.platform.cache.SharedCache;

/** A cache in one map; lifespans are ignored (the sliding window ages its own entries). */
class InMemorySharedCache<V> implements SharedCache<V> {

    private final Map<String, V> entries = new HashMap<>();

    @Override
    public Optional<V> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public Map<String, V> getAll(Set<String> keys) {
        Map<String, V> found = new HashMap<>();
        keys.stream().filter(entries::containsKey).forEach(k -> found.put(k, entries.get(k)));
        return found;
    }

    @Override
    public boolean contains(String key) {
        return entries.containsKey(key);
    }

    @Override
    public void put(String key, V value, Duration lifespan) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(String key, V value, Duration lifespan) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean replace(String key, V expected, V updated, Duration lifespan) {
        if (!Objects.equals(entries.get(key), expected)) {
            return false;
        }
        entries.put(key, updated);
        return true;
    }

    @Override
    public Optional<V> remove(String key) {
        return Optional.ofNullable(entries.remove(key));
    }

    @Override
    public void onExpiry(Consumer<String> key) {
    }
}
