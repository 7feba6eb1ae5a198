package archfixture.runtime.alpha.internal;

import org.infinispan.Cache;

/** Fixture for the runtime rule only: a module that uses Infinispan itself, not the platform's cache. */
public class CacheUser {

    public Cache<String, String> cache() {
        return null;
    }
}
