-- The transactional outbox: rows written in the same transaction as the change they announce,
-- relayed to Artemis after commit by one relay at a time, in id order.
CREATE TABLE outbox (
    id           BIGSERIAL PRIMARY KEY,
    destination  TEXT        NOT NULL,  -- 'topic:<address>' or 'queue:<address>'
    message_key  TEXT,                  -- what the order is kept per (a conversation, a user)
    payload      TEXT        NOT NULL,  -- JSON
    status       TEXT        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'PUBLISHED')),
    attempts     INT         NOT NULL DEFAULT 0,
    last_error   TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at TIMESTAMPTZ
);

CREATE INDEX outbox_pending ON outbox (id) WHERE status = 'PENDING';
