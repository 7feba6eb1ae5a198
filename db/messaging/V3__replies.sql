-- The message a reply answers, quoted as it was sent: its seq, sender, type and the first 100
-- characters of its text (NULLs on messages that answer none). Recalling the original empties the
-- preview of every reply that quotes it, found through the index; recalling the reply drops its quote.
ALTER TABLE messages
    ADD COLUMN reply_seq       BIGINT,
    ADD COLUMN reply_sender_id TEXT,
    ADD COLUMN reply_type      TEXT,
    ADD COLUMN reply_preview   TEXT;

CREATE INDEX messages_by_quoted ON messages (conversation_id, reply_seq) WHERE reply_seq IS NOT NULL;
