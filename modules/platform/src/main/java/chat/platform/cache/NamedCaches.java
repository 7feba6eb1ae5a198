package chat.platform.cache;

import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;

/**
 * Produces the {@link SharedCache} an injection point names with {@link CacheName}, and starts
 * every such cache when the node starts: a clustered cache holds entries only on the nodes where
 * it runs, so one a node had not used yet would keep fewer copies than the cluster has owners.
 */
@ApplicationScoped
public class NamedCaches {

    private static final Logger LOG = Logger.getLogger(NamedCaches.class.getName());

    @Inject
    ChatCaches caches;

    @Inject
    BeanManager beans;

    @Produces
    @CacheName("")
    <V> SharedCache<V> named(InjectionPoint at) {
        return caches.cache(nameAt(at));
    }

    /** Starts the cache of every {@code @CacheName} injection point of the application's beans. */
    public void startAll() {
        Set<String> names = new TreeSet<>();
        for (var bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            for (InjectionPoint at : bean.getInjectionPoints()) {
                if (at.getQualifiers().stream().anyMatch(CacheName.class::isInstance)) {
                    names.add(nameAt(at));
                }
            }
        }
        names.forEach(caches::cache);
        LOG.info(() -> "caches started: " + String.join(", ", names));
    }

    private static String nameAt(InjectionPoint at) {
        return at.getQualifiers().stream()
                .filter(CacheName.class::isInstance)
                .map(q -> ((CacheName) q).value())
                .findFirst().orElseThrow();
    }
}
