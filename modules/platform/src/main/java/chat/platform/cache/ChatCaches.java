package chat.platform.cache;

import java.util.List;

/**
 * The node's shared caches: local on one node, one cluster-wide cache per name on many. The
 * runtime module implements it on Infinispan ({@code chat.platform.runtime.InfinispanCaches}).
 * Modules do not call it: they inject a {@link SharedCache} by its {@link CacheName}.
 */
public interface ChatCaches {

    /** Starts the caches; called once at application start, and by the first {@link #cache} if earlier. */
    void start();

    /** The cache of the given name, created on first use. */
    <V> SharedCache<V> cache(String name);

    /** True while the caches answer (the readiness check). */
    boolean isRunning();

    /** The cluster's members as the caches see them; this node alone when they are local. */
    List<String> members();
}
