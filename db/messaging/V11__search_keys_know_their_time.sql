-- A message's search keys carry its time (ADR 0018, "Amended: candidates in time order"). A search
-- for a common word has thousands of candidates in the caller's conversations; sorted by this
-- column, their message rows are read newest first and the read stops once a page is full,
-- instead of reading (and checking the text of) every candidate's row to sort them.

ALTER TABLE search_keys ADD COLUMN sent_at TIMESTAMPTZ;

UPDATE search_keys k SET sent_at = m.sent_at
FROM messages m WHERE m.conversation_id = k.conversation_id AND m.seq = k.seq;

-- keys left by a message no longer there (none are expected: expiry and recall remove both)
DELETE FROM search_keys WHERE sent_at IS NULL;

ALTER TABLE search_keys ALTER COLUMN sent_at SET NOT NULL;
