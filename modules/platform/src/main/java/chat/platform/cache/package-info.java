/**
 * The shared caches every module keeps its codes, counters, presence and recent messages in:
 * {@link chat.platform.cache.SharedCache}, injected by {@link chat.platform.cache.CacheName}, and
 * {@link chat.platform.cache.SlidingWindow} on top of one. Infinispan implements them in the
 * runtime module.
 */
package chat.platform.cache;
