package chat.platform.runtime;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.infinispan.Cache;
import org.infinispan.commons.api.CacheContainerAdmin;
import org.infinispan.configuration.cache.CacheMode;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;
import org.infinispan.manager.EmbeddedCacheManager;

import chat.platform.cache.ChatCaches;
import chat.platform.cache.SharedCache;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The node's Infinispan cache manager: local by default, a JGroups cluster when
 * {@code chat.cache.cluster} names a JGroups stack. Values are strings and longs only, which
 * ProtoStream marshals without a schema, so a cache works the same the day a second node joins.
 */
@ApplicationScoped
public class InfinispanCaches implements ChatCaches {

    private static final Logger LOG = Logger.getLogger(InfinispanCaches.class.getName());

    @Inject
    @ConfigProperty(name = "chat.cache.cluster")
    Optional<String> clusterStack;

    @Inject
    @ConfigProperty(name = "chat.cache.cluster-name", defaultValue = "chat")
    String clusterName;

    private EmbeddedCacheManager manager;

    private boolean clustered() {
        return clusterStack.filter(stack -> !stack.isBlank()).isPresent();
    }

    @Override
    public synchronized void start() {
        if (manager != null) {
            return;
        }
        GlobalConfigurationBuilder global = !clustered()
                ? new GlobalConfigurationBuilder().nonClusteredDefault()
                : GlobalConfigurationBuilder.defaultClusteredBuilder();
        global.cacheContainer().statistics(true);
        global.jmx().enabled(false);
        global.defaultCacheName("default");
        if (clustered()) {
            global.transport().clusterName(clusterName).addProperty("configurationFile", clusterStack.get());
        }
        manager = new DefaultCacheManager(global.build(), defaultCache().build());
        LOG.info(() -> "Infinispan started " + (!clustered() ? "locally" : "in cluster " + clusterName));
    }

    private ConfigurationBuilder defaultCache() {
        ConfigurationBuilder builder = new ConfigurationBuilder();
        // Clustered, every cache is distributed with two owners: an entry outlives the loss of any
        // one node, and memory does not grow with the node count (docs/adr/0013).
        builder.clustering().cacheMode(clustered() ? CacheMode.DIST_SYNC : CacheMode.LOCAL);
        if (clustered()) {
            builder.clustering().hash().numOwners(2);
        }
        // Expired entries are purged (and their listeners told) within a second, not the default minute.
        builder.expiration().wakeUpInterval(1, TimeUnit.SECONDS);
        return builder;
    }

    /** The cache of the given name, created on first use with the default configuration. */
    @Override
    public synchronized <V> SharedCache<V> cache(String name) {
        start();
        if (!manager.cacheExists(name)) {
            manager.administration().withFlags(CacheContainerAdmin.AdminFlag.VOLATILE)
                    .getOrCreateCache(name, defaultCache().build());
        }
        Cache<String, V> cache = manager.getCache(name);
        return new InfinispanSharedCache<>(cache);
    }

    @Override
    public boolean isRunning() {
        return manager != null && manager.getStatus().allowInvocations();
    }

    @Override
    public List<String> members() {
        if (!isRunning() || manager.getMembers() == null) {
            return isRunning() ? List.of("local") : List.of();
        }
        return manager.getMembers().stream().map(Object::toString).sorted().toList();
    }

    @PreDestroy
    synchronized void stop() {
        if (manager != null) {
            manager.stop();
            manager = null;
            LOG.info("Infinispan stopped");
        }
    }
}
