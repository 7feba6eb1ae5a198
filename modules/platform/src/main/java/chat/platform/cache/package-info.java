/**
 * The Infinispan cache manager every module takes its caches from: codes, counters, presence, recent messages.
 */
package chat.platform.cache;
