-- Tokens logged out before they expired. Kept in the database, not only in a cache, so a restart
-- (or a new node) never brings a logged-out token back to life; a row is useless once the token
-- itself has expired, so rows past expires_at are pruned (see JdbcRevokedTokens).
CREATE TABLE revoked_tokens (
    token_id   TEXT        PRIMARY KEY,       -- the token's jti
    user_id    TEXT        NOT NULL,
    device_id  TEXT        NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,          -- when the token would have stopped working anyway
    revoked_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX revoked_tokens_expiry ON revoked_tokens (expires_at);
