-- Read diffusion: one row per message, whatever the conversation's size. seq is dense per
-- conversation: the next one is taken under the lock of the conversation's counter row, in the
-- same transaction as the message, so a rollback leaves no gap.
CREATE TABLE conversation_counters (
    conversation_id TEXT   PRIMARY KEY,
    last_seq        BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE messages (
    conversation_id TEXT        NOT NULL,
    seq             BIGINT      NOT NULL,
    sender_id       TEXT        NOT NULL,
    client_msg_id   TEXT        NOT NULL,
    type            TEXT        NOT NULL CHECK (type IN ('TEXT', 'IMAGE', 'AUDIO', 'VIDEO', 'REDPACK', 'SYSTEM')),
    text            TEXT,
    media_id        TEXT,
    sent_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    recalled_at     TIMESTAMPTZ,
    PRIMARY KEY (conversation_id, seq),
    UNIQUE (sender_id, client_msg_id)           -- a retried send is found, never stored twice
);

-- Delete-for-me: a small side table per user, never a copy of the message.
CREATE TABLE hidden_messages (
    user_id         TEXT   NOT NULL,
    conversation_id TEXT   NOT NULL,
    seq             BIGINT NOT NULL,
    PRIMARY KEY (user_id, conversation_id, seq)
);
