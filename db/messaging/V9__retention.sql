-- Retention (CHAT_MESSAGES_RETENTION_DAYS) takes the oldest living messages first, a batch at a
-- time, so it reads only what it removes: the living messages by age, an index a removed message
-- leaves. Messages arrive in time order, so a send adds to the index's right-most page.
CREATE INDEX messages_living_by_age ON messages (sent_at) WHERE recalled_at IS NULL;

-- Whether a living message of a conversation still shows a file (a forward within the conversation
-- shows the same one): a file's posting is withdrawn only when none does.
CREATE INDEX messages_by_media ON messages (conversation_id, media_id) WHERE media_id IS NOT NULL;
