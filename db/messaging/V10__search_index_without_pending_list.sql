-- Search keys go into the GIN index as they are written (ADR 0018, "Indexing yields to sends").
-- With fastupdate on, PostgreSQL first appends new entries to a pending list and merges it into the
-- index later: at a vacuum, or in whichever insert finds the list past 4 MB. The indexer already
-- writes its keys in batches off the send's path, so the list saves it little, while its merge lands
-- at a moment nobody chose (in the send benchmark, during the next burst of sends) and every search
-- reads the whole list until then. The list's entries of now are merged here, once.
ALTER INDEX search_keys_grams SET (fastupdate = off);
SELECT gin_clean_pending_list('search_keys_grams'::regclass);
