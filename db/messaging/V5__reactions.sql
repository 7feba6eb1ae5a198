-- Reactions: one row per member and emoji on a message, so a member's own are known and taken
-- back; and each message's counts in its own row (emoji in the order they first came, and their
-- counts; NULL while it has none), so every read gets them with the message. Both change
-- together under the message row's lock, which also holds the cap of 20 different emoji.
-- A recall removes them.
CREATE TABLE reactions (
    conversation_id TEXT        NOT NULL,
    seq             BIGINT      NOT NULL,
    user_id         TEXT        NOT NULL,
    emoji           TEXT        NOT NULL,
    reacted_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (conversation_id, seq, user_id, emoji)
);

ALTER TABLE messages
    ADD COLUMN reaction_emoji  TEXT[],
    ADD COLUMN reaction_counts INTEGER[];
