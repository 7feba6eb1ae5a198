-- Accounts, their devices and who is whose contact. Ids are opaque strings to clients.
CREATE TABLE users (
    id            TEXT        PRIMARY KEY,
    username      TEXT        NOT NULL UNIQUE,
    password_hash TEXT,                       -- null: no password login (bots, operator-made users)
    nickname      TEXT        NOT NULL,
    avatar_url    TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE devices (
    user_id      TEXT        NOT NULL REFERENCES users (id),
    device_id    TEXT        NOT NULL,
    device_name  TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, device_id)
);

CREATE TABLE contact_requests (
    id           TEXT        PRIMARY KEY,
    from_user_id TEXT        NOT NULL REFERENCES users (id),
    to_user_id   TEXT        NOT NULL REFERENCES users (id),
    status       TEXT        NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED')),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    decided_at   TIMESTAMPTZ,
    UNIQUE (from_user_id, to_user_id),
    CHECK (from_user_id <> to_user_id)
);

-- One row per direction, so "my contacts" is one index range.
CREATE TABLE contacts (
    user_id    TEXT        NOT NULL REFERENCES users (id),
    contact_id TEXT        NOT NULL REFERENCES users (id),
    since      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, contact_id)
);
