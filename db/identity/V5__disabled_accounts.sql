-- An operator disables an account (issue #22): its login answers 403 ACCOUNT_DISABLED and every
-- token it holds stops at once, on every node. Each token carries the account's token generation
-- when it was issued (claim "gen"); a disabling moves the generation on, so a token issued before
-- it stays refused after the account is enabled again (the user logs in anew).
ALTER TABLE users
    ADD COLUMN disabled_at      TIMESTAMPTZ,
    ADD COLUMN token_generation INTEGER NOT NULL DEFAULT 0;
