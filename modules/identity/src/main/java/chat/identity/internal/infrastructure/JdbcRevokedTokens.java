package chat.identity.internal.infrastructure;

import java.time.Instant;

import javax.sql.DataSource;

import chat.identity.internal.application.RevokedTokens;
import chat.platform.db.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Revoked token ids in {@code identity.revoked_tokens}, the one place every node reads, so a
 * revocation holds everywhere at once and survives a restart. Each check is a primary-key lookup;
 * a cache of "not revoked" answers would let a logged-out token work on another node until the
 * entry expired, so there is none. Rows past their token's expiry are pruned at each revocation:
 * logouts are rare and the expiry index makes the delete cheap, so no timer is needed.
 */
@ApplicationScoped
class JdbcRevokedTokens implements RevokedTokens {

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public void revoke(String tokenId, String userId, String deviceId, Instant expiresAt) {
        Sql.update(dataSource, "INSERT INTO identity.revoked_tokens (token_id, user_id, device_id, expires_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (token_id) DO NOTHING", tokenId, userId, deviceId, expiresAt);
        Sql.update(dataSource, "DELETE FROM identity.revoked_tokens WHERE expires_at < now()");
    }

    @Override
    public boolean isRevoked(String tokenId) {
        return Sql.first(dataSource, "SELECT 1 FROM identity.revoked_tokens WHERE token_id = ?",
                row -> true, tokenId).isPresent();
    }
}
