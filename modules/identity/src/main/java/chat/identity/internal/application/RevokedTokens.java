package chat.identity.internal.application;

import java.time.Instant;

/**
 * Token ids that stopped working before they expired. Durable and shared: every node sees a
 * revocation at once, and a restart brings no logged-out token back.
 */
public interface RevokedTokens {

    /** Revokes the token until {@code expiresAt}, when it would have stopped working anyway. */
    void revoke(String tokenId, String userId, String deviceId, Instant expiresAt);

    boolean isRevoked(String tokenId);
}
