-- Pushes waiting to leave: one row per device, conversation and channel (WEB_PUSH, WEBHOOK).
-- count is how many messages wait (0: nothing does, and no delivery job is on its way); noted_seq
-- is the newest message ever counted, so a message the intake hears of twice counts once. The
-- row keeps the newest message's sender, type and preview for the notification.
CREATE TABLE pending (
    user_id         TEXT        NOT NULL,
    device_id       TEXT        NOT NULL,
    conversation_id TEXT        NOT NULL,
    channel         TEXT        NOT NULL CHECK (channel IN ('WEB_PUSH', 'WEBHOOK')),
    count           INT         NOT NULL DEFAULT 0 CHECK (count >= 0),
    noted_seq       BIGINT      NOT NULL,
    last_seq        BIGINT      NOT NULL,
    last_sender_id  TEXT        NOT NULL,
    last_type       TEXT        NOT NULL,
    last_preview    TEXT,
    mentioned       BOOLEAN     NOT NULL DEFAULT false,
    attempts        INT         NOT NULL DEFAULT 0,
    first_failed_at TIMESTAMPTZ,
    PRIMARY KEY (user_id, device_id, conversation_id, channel)
);
