-- Whom a message calls on: members by id, or everyone. Most messages mention nobody (NULL, false);
-- a recall clears both with the text.
ALTER TABLE messages
    ADD COLUMN mentions    TEXT[],
    ADD COLUMN mention_all BOOLEAN NOT NULL DEFAULT false;
