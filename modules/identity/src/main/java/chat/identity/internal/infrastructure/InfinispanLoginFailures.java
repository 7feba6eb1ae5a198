package chat.identity.internal.infrastructure;

import java.time.Duration;

import chat.identity.internal.application.LoginFailures;
import chat.platform.cache.CacheName;
import chat.platform.cache.SharedCache;
import chat.platform.cache.SlidingWindow;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Failed logins per key (username or address) within the last minute, counted in Infinispan so every node sees them. */
@ApplicationScoped
class InfinispanLoginFailures implements LoginFailures {

    static final Duration WINDOW = Duration.ofMinutes(1);

    @Inject
    @CacheName("identity.login-failures")
    SharedCache<String> failureTimes;

    private SlidingWindow failures;

    @PostConstruct
    void open() {
        failures = new SlidingWindow(failureTimes, WINDOW);
    }

    @Override
    public int recent(String key) {
        return failures.count(key);
    }

    @Override
    public void record(String key) {
        failures.record(key);
    }
}
