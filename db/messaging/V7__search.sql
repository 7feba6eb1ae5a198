-- Message search (ADR 0018): each live TEXT message keeps the two-character grams of its text
-- (lower case, NFKC, no gram that holds white space), each prefixed with 8 hex characters of its
-- conversation's md5, in a GIN index. A search asks for the grams of its words within the
-- searcher's conversations only, so a gram common elsewhere costs nothing, and then checks the
-- whole text. Two-character grams find words inside Chinese and Japanese text, which has no spaces
-- ("红包" in "抢红包啦"). The column is generated: written with the message, and emptied by a recall.

CREATE FUNCTION search_text(body TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT lower(normalize(body, NFKC)) $$;

-- One pass over the folded text, a character at a time, each paired with the next (substr(t, i, 2)
-- would walk the UTF-8 text from its start for every i, and fold it again each time).
CREATE FUNCTION search_grams(body TEXT) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT coalesce(array_agg(DISTINCT g), '{}')
    FROM (SELECT ch || lead(ch) OVER (ORDER BY n) AS g
          FROM regexp_split_to_table(messaging.search_text(body), '') WITH ORDINALITY AS c (ch, n)) AS grams
    WHERE g IS NOT NULL AND g !~ '\s'
$$;

CREATE FUNCTION search_keys(conversation TEXT, body TEXT) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT array_agg(substr(md5(conversation), 1, 8) || g) FROM unnest(messaging.search_grams(body)) AS g $$;

ALTER TABLE messages ADD COLUMN search_keys TEXT[] GENERATED ALWAYS AS (
    CASE WHEN type = 'TEXT' AND recalled_at IS NULL THEN messaging.search_keys(conversation_id, text) END) STORED;

CREATE INDEX messages_search ON messages USING gin (search_keys);
