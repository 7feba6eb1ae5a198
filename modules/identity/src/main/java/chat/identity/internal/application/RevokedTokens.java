package chat.identity.internal.application;

import java.time.Instant;

/** Token ids that stopped working before they expired, seen by every node. */
public interface RevokedTokens {

    void revoke(String tokenId, Instant expiresAt);

    boolean isRevoked(String tokenId);
}
