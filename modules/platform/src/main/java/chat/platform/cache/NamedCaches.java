package chat.platform.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;

/** Produces the {@link SharedCache} an injection point names with {@link CacheName}. */
@ApplicationScoped
class NamedCaches {

    @Inject
    ChatCaches caches;

    @Produces
    @CacheName("")
    <V> SharedCache<V> named(InjectionPoint at) {
        String name = at.getQualifiers().stream()
                .filter(CacheName.class::isInstance)
                .map(q -> ((CacheName) q).value())
                .findFirst().orElseThrow();
        return caches.cache(name);
    }
}
