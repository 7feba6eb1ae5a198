package chat.identity.internal.infrastructure;

import java.time.Duration;
import java.time.Instant;

import chat.identity.internal.application.RevokedTokens;
import chat.platform.cache.ChatCaches;
import chat.platform.cache.SharedCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Revoked token ids, each kept as long as its token would have lived, on every node of the cache. */
@ApplicationScoped
class InfinispanRevokedTokens implements RevokedTokens {

    @Inject
    ChatCaches caches;

    private SharedCache<String> revoked() {
        return caches.cache("identity.revoked-tokens");
    }

    @Override
    public void revoke(String tokenId, Instant expiresAt) {
        revoked().put(tokenId, "revoked", Duration.between(Instant.now(), expiresAt));
    }

    @Override
    public boolean isRevoked(String tokenId) {
        return revoked().contains(tokenId);
    }
}
