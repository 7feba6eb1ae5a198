package chat.identity.internal.application;

import java.time.Instant;

/**
 * Token ids that stopped working before they expired. Durable and shared: every node sees a
 * revocation at once, and a restart brings no logged-out token back.
 */
public interface RevokedTokens {

    /** Revokes the token until {@code expiresAt}, when it would have stopped working anyway. */
    void revoke(String tokenId, String userId, String deviceId, Instant expiresAt);

    /** True once the token was revoked or its account disabled. */
    boolean ended(String tokenId, String userId);

    /**
     * Whether the token may still be used: not revoked, its account not disabled, and issued in
     * the account's current token generation, that is after it was last disabled (one statement,
     * on every request).
     */
    TokenStanding standing(String tokenId, String userId, int tokenGeneration);
}
