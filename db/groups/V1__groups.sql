-- Conversations (groups and direct chats) and their members. member_count is the one counted
-- row every join updates under its CHECK, so the cap holds under any concurrency.
CREATE TABLE conversations (
    id            TEXT        PRIMARY KEY,
    kind          TEXT        NOT NULL CHECK (kind IN ('GROUP', 'DIRECT')),
    name          TEXT,
    owner_id      TEXT,
    announcement  TEXT        NOT NULL DEFAULT '',
    all_muted     BOOLEAN     NOT NULL DEFAULT false,
    max_members   INT         NOT NULL CHECK (max_members >= 2),
    member_count  INT         NOT NULL DEFAULT 0,
    direct_key    TEXT        UNIQUE,          -- 'smallerUserId|largerUserId' for DIRECT: one chat per pair
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    disbanded_at  TIMESTAMPTZ,
    CHECK (member_count >= 0 AND member_count <= max_members)
);

CREATE TABLE members (
    conversation_id TEXT        NOT NULL REFERENCES conversations (id),
    user_id         TEXT        NOT NULL,
    role            TEXT        NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'MEMBER')),
    muted_until     TIMESTAMPTZ,
    do_not_disturb  BOOLEAN     NOT NULL DEFAULT false,
    joined_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (conversation_id, user_id)        -- also the keyset order of the member list
);

CREATE INDEX members_by_user ON members (user_id, conversation_id);
CREATE INDEX members_privileged ON members (conversation_id) WHERE role IN ('OWNER', 'ADMIN');
