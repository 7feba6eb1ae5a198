-- The newest message that mentions a member, per member and conversation; user_id '*' holds the
-- conversation's newest message that mentions everyone. A member is "mentioned" while that seq is
-- past their read cursor: one row per member, never one per message.
CREATE TABLE mentions (
    user_id         TEXT   NOT NULL,
    conversation_id TEXT   NOT NULL,
    seq             BIGINT NOT NULL CHECK (seq > 0),
    PRIMARY KEY (user_id, conversation_id)
);

CREATE INDEX mentions_by_conversation ON mentions (conversation_id);
