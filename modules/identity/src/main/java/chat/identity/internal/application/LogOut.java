package chat.identity.internal.application;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ends one token at once, on every node: its id is revoked until it would have expired. */
@ApplicationScoped
public class LogOut {

    @Inject
    RevokedTokens revoked;

    public void logOut(String tokenId, Instant expiresAt) {
        revoked.revoke(tokenId, expiresAt);
    }

    public boolean isRevoked(String tokenId) {
        return revoked.isRevoked(tokenId);
    }
}
