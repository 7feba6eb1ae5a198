package chat.identity.internal.application;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Ends one token at once, on every node and on every path: its id is revoked (durably) until it
 * would have expired, and after the commit every node closes the sockets that token opened.
 */
@ApplicationScoped
public class LogOut {

    @Inject
    RevokedTokens revoked;

    @Inject
    IdentityEvents events;

    @Transactional
    public void logOut(String tokenId, String userId, String deviceId, Instant expiresAt) {
        revoked.revoke(tokenId, userId, deviceId, expiresAt);
        events.sessionEnded(userId, tokenId);
    }

    public TokenStanding standing(String tokenId, String userId, int tokenGeneration) {
        return revoked.standing(tokenId, userId, tokenGeneration);
    }
}
