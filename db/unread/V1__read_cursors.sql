-- A read cursor per member per conversation: the member has read everything up to read_seq.
-- Unread is the conversation's last seq minus the cursor (capped at 100), never a count of rows.
-- No row means 0: a member of a new group has read nothing yet; a member who joins a group with
-- messages gets a row at the group's last seq in the join's transaction.
CREATE TABLE cursors (
    user_id         TEXT   NOT NULL,
    conversation_id TEXT   NOT NULL,
    read_seq        BIGINT NOT NULL CHECK (read_seq >= 0),
    PRIMARY KEY (user_id, conversation_id)
);

CREATE INDEX cursors_by_conversation ON cursors (conversation_id);
