package chat.platform.cache;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One shared cache as the modules use it: entries with a lifespan, atomic single-key
 * operations, and a callback when an entry expires. Keys are strings; values are strings or
 * longs, which marshal without a schema when the cache is clustered. Modules see this
 * interface, never Infinispan's types, which live in the runtime module (docs/adr/0002).
 */
public interface SharedCache<V> {

    Optional<V> get(String key);

    /** The entries present among these keys. */
    Map<String, V> getAll(Set<String> keys);

    boolean contains(String key);

    void put(String key, V value, Duration lifespan);

    /** Stores only when absent; true when this call stored it. */
    boolean putIfAbsent(String key, V value, Duration lifespan);

    /** Stores {@code updated} only while the entry is {@code expected}; true when this call replaced it. */
    boolean replace(String key, V expected, V updated, Duration lifespan);

    /** Removes and answers the value, atomically: of several callers at most one gets it. */
    Optional<V> remove(String key);

    /** Calls back with the key of each entry whose lifespan ran out. */
    void onExpiry(Consumer<String> key);
}
