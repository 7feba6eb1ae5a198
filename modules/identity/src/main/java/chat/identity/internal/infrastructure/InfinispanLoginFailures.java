package chat.identity.internal.infrastructure;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import chat.identity.internal.application.LoginFailures;
import chat.platform.cache.ChatCaches;
import chat.platform.cache.SharedCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Failed logins per username in a sliding window: the entry is the failure times (epoch millis,
 * comma-separated), updated by compare-and-set on plain strings so it behaves the same clustered.
 */
@ApplicationScoped
class InfinispanLoginFailures implements LoginFailures {

    static final Duration WINDOW = Duration.ofMinutes(1);

    @Inject
    ChatCaches caches;

    private SharedCache<String> failures() {
        return caches.cache("identity.login-failures");
    }

    @Override
    public int recent(String username) {
        return (int) within(failures().get(username).orElse(null), System.currentTimeMillis()).count();
    }

    @Override
    public void record(String username) {
        SharedCache<String> cache = failures();
        while (true) {
            long now = System.currentTimeMillis();
            String old = cache.get(username).orElse(null);
            String updated = Stream.concat(within(old, now), Stream.of(now))
                    .map(String::valueOf).collect(Collectors.joining(","));
            boolean stored = old == null
                    ? cache.putIfAbsent(username, updated, WINDOW)
                    : cache.replace(username, old, updated, WINDOW);
            if (stored) {
                return;
            }
        }
    }

    private static Stream<Long> within(String stored, long now) {
        if (stored == null || stored.isEmpty()) {
            return Stream.empty();
        }
        return Arrays.stream(stored.split(",")).map(Long::valueOf).filter(t -> now - t < WINDOW.toMillis());
    }
}
