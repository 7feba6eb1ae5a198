-- Messages pinned to the top of their conversation by its owner or admins (either person in a
-- direct chat): at most 20 per conversation, counted under a lock of the conversation's pins.
-- A recall unpins.
CREATE TABLE pins (
    conversation_id TEXT        NOT NULL,
    seq             BIGINT      NOT NULL,
    pinned_by       TEXT        NOT NULL,
    pinned_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (conversation_id, seq)
);
