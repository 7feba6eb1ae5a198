-- What operators changed (issue #22): one row per operator call that changed something, written in
-- the same transaction as the change, so a change never commits without its row and a refused call
-- leaves none. Newest first by id for the console; rows are never updated or deleted by the server.
CREATE TABLE audit_log (
    id     BIGSERIAL   PRIMARY KEY,
    at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor  TEXT        NOT NULL,  -- the operator key's name, or 'operator'; 'server' for its own jobs
    action TEXT        NOT NULL,  -- such as 'user.disable'
    target TEXT        NOT NULL,  -- what it changed: a user id, a conversation id, 'gid/seq'
    detail JSONB       NOT NULL DEFAULT '{}'
);
