package chat.identity.internal.application;

import java.time.Instant;

/** A bearer token, its id (for revocation) and when it stops working. */
public record IssuedToken(String token, String tokenId, Instant expiresAt) {
}
