package chat.identity.internal.infrastructure;

import java.time.Instant;

import javax.sql.DataSource;

import chat.identity.internal.application.RevokedTokens;
import chat.identity.internal.application.TokenStanding;
import chat.platform.db.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Revoked token ids in {@code identity.revoked_tokens}, the one place every node reads, so a
 * revocation holds everywhere at once and survives a restart; the same check reads the account's
 * row for a disabling ({@code V5__disabled_accounts.sql}). Each check is two primary-key lookups;
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
    public boolean ended(String tokenId, String userId) {
        return Sql.first(dataSource, "SELECT EXISTS (SELECT 1 FROM identity.revoked_tokens WHERE token_id = ?)"
                        + " OR NOT EXISTS (SELECT 1 FROM identity.users WHERE id = ? AND disabled_at IS NULL)",
                row -> row.getBoolean(1), tokenId, userId).orElseThrow();
    }

    @Override
    public TokenStanding standing(String tokenId, String userId, int tokenGeneration) {
        return Sql.first(dataSource, "SELECT CASE WHEN EXISTS (SELECT 1 FROM identity.revoked_tokens WHERE token_id = ?)"
                        + " THEN 'LOGGED_OUT' WHEN u.disabled_at IS NOT NULL THEN 'ACCOUNT_DISABLED'"
                        + " WHEN u.token_generation > ? THEN 'REVOKED' ELSE 'GOOD' END"
                        + " FROM identity.users u WHERE u.id = ?",
                row -> TokenStanding.valueOf(row.getString(1)), tokenId, tokenGeneration, userId)
                .orElse(TokenStanding.ACCOUNT_DISABLED); // no such account: as good as disabled
    }
}
