package chat.platform.cache;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Counts events per key within a sliding window, shared by every node: the entry holds the
 * events' times (epoch millis, comma-separated) and changes only by compare-and-set of plain
 * strings, so it behaves the same in a cluster. Meant for small limits (failed logins, sends).
 */
public final class SlidingWindow {

    private final SharedCache<String> cache;
    private final Duration window;

    public SlidingWindow(SharedCache<String> cache, Duration window) {
        this.cache = cache;
        this.window = window;
    }

    /** Events for the key within the window. */
    public int count(String key) {
        return (int) within(cache.get(key).orElse(null), System.currentTimeMillis()).count();
    }

    /** Records an event. */
    public void record(String key) {
        tryAcquire(key, Integer.MAX_VALUE);
    }

    /** Records an event if fewer than {@code limit} happened within the window; false (nothing recorded) otherwise. */
    public boolean tryAcquire(String key, int limit) {
        while (true) {
            long now = System.currentTimeMillis();
            String old = cache.get(key).orElse(null);
            var recent = within(old, now).toList();
            if (recent.size() >= limit) {
                return false;
            }
            String updated = Stream.concat(recent.stream(), Stream.of(now)).map(String::valueOf)
                    .collect(Collectors.joining(","));
            boolean stored = old == null ? cache.putIfAbsent(key, updated, window) : cache.replace(key, old, updated, window);
            if (stored) {
                return true;
            }
        }
    }

    private Stream<Long> within(String stored, long now) {
        if (stored == null || stored.isEmpty()) {
            return Stream.empty();
        }
        return Arrays.stream(stored.split(",")).map(Long::valueOf).filter(t -> now - t < window.toMillis());
    }
}
