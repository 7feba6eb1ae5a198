-- Money is a double-entry ledger: every movement is a transfer whose entries sum to zero, and an
-- account's balance is the sum of its entries (kept on the row, checked by the ledger check).
-- Accounts: 'user:<id>' (a wallet, never below zero), 'escrow:<packet id>' (a packet's unclaimed
-- money, never below zero) and 'external' (where top-ups and company credits come from; it goes
-- negative by what was brought in).
CREATE TABLE accounts (
    id            TEXT   PRIMARY KEY,
    kind          TEXT   NOT NULL CHECK (kind IN ('USER', 'ESCROW', 'EXTERNAL')),
    balance_cents BIGINT NOT NULL DEFAULT 0,
    CHECK (kind = 'EXTERNAL' OR balance_cents >= 0)
);

INSERT INTO accounts (id, kind) VALUES ('external', 'EXTERNAL');

-- A transfer happens once per key: a retried top-up, credit, send, claim or refund finds it.
CREATE TABLE transfers (
    id         BIGSERIAL   PRIMARY KEY,
    key        TEXT        NOT NULL UNIQUE,
    kind       TEXT        NOT NULL CHECK (kind IN ('TOPUP', 'CREDIT', 'SEND', 'CLAIM', 'REFUND')),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE entries (
    transfer_id  BIGINT NOT NULL REFERENCES transfers (id),
    account_id   TEXT   NOT NULL REFERENCES accounts (id),
    amount_cents BIGINT NOT NULL CHECK (amount_cents <> 0),
    PRIMARY KEY (transfer_id, account_id)
);

CREATE INDEX entries_by_account ON entries (account_id);

-- Every cent of a packet is somewhere: total = sum of its claims + remaining + refunded.
CREATE TABLE packets (
    id              TEXT        PRIMARY KEY,
    conversation_id TEXT        NOT NULL,
    sender_id       TEXT        NOT NULL,
    client_id       TEXT        NOT NULL,
    direct          BOOLEAN     NOT NULL,
    total_cents     BIGINT      NOT NULL CHECK (total_cents > 0),
    count           INTEGER     NOT NULL CHECK (count > 0 AND total_cents >= count),
    greeting        TEXT        NOT NULL,
    remaining_cents BIGINT      NOT NULL CHECK (remaining_cents >= 0),
    remaining_count INTEGER     NOT NULL CHECK (remaining_count >= 0),
    refunded_cents  BIGINT      NOT NULL DEFAULT 0 CHECK (refunded_cents >= 0),
    status          TEXT        NOT NULL CHECK (status IN ('OPEN', 'FINISHED', 'EXPIRED')),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (sender_id, client_id)
);

CREATE INDEX packets_open_by_expiry ON packets (expires_at) WHERE status = 'OPEN';

-- One claim per user per packet; credited_at is set when the credit reached the wallet.
CREATE TABLE claims (
    packet_id    TEXT        NOT NULL REFERENCES packets (id),
    user_id      TEXT        NOT NULL,
    amount_cents BIGINT      NOT NULL CHECK (amount_cents >= 1),
    claimed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    credited_at  TIMESTAMPTZ,
    PRIMARY KEY (packet_id, user_id)
);
