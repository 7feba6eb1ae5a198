-- A device's Web Push subscription (RFC 8030): where its push service takes messages, and the keys
-- the messages are encrypted to (RFC 8291). One per device; the session (token id) that made it
-- ends it: a logout removes the subscription.
CREATE TABLE subscriptions (
    user_id    TEXT        NOT NULL,
    device_id  TEXT        NOT NULL,
    session_id TEXT        NOT NULL,
    endpoint   TEXT        NOT NULL,
    p256dh     TEXT        NOT NULL,
    auth       TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, device_id)
);

CREATE INDEX subscriptions_by_session ON subscriptions (session_id);
