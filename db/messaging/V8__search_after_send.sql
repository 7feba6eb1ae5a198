-- Search keys are written a moment after the send, not by it (ADR 0018, "Indexing after the
-- send"): computing a message's grams in its INSERT and adding its GIN entries there cost the
-- send rate 13 to 24 %. Now a stored TEXT message only leaves its key in search_backlog (one
-- statement trigger, one INSERT per stored batch, whatever wrote it: a send, a forward, a restore);
-- each node's SearchIndexer takes a batch of the backlog (SKIP LOCKED, so two nodes never take the
-- same rows), computes the keys in Java (SearchGrams, as the query's are) and writes them to
-- search_keys in the same transaction, so a crash leaves them in the backlog. A search joins
-- search_keys to the messages, whose row still says whether a message is recalled or hidden.

DROP INDEX messages_search;
ALTER TABLE messages DROP COLUMN search_keys;
DROP FUNCTION search_keys(TEXT, TEXT);
DROP FUNCTION search_grams(TEXT);

CREATE TABLE search_backlog (
    conversation_id TEXT   NOT NULL,
    seq             BIGINT NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);

-- Every distinct two-character gram of the folded text, and its conversation's key: '#' and the first 8
-- hex characters of the md5 of its id (keys that repeat keep the GIN index small and cheap to add to).
CREATE TABLE search_keys (
    conversation_id TEXT   NOT NULL,
    seq             BIGINT NOT NULL,
    keys            TEXT[] NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);

CREATE INDEX search_keys_grams ON search_keys USING gin (keys);

CREATE FUNCTION queue_for_search() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO messaging.search_backlog (conversation_id, seq)
    SELECT conversation_id, seq FROM stored WHERE type = 'TEXT' AND text IS NOT NULL;
    RETURN NULL;
END
$$;

CREATE TRIGGER messages_queue_for_search AFTER INSERT ON messages
    REFERENCING NEW TABLE AS stored FOR EACH STATEMENT EXECUTE FUNCTION queue_for_search();

INSERT INTO search_backlog (conversation_id, seq)
SELECT conversation_id, seq FROM messages WHERE type = 'TEXT' AND recalled_at IS NULL AND text IS NOT NULL;
