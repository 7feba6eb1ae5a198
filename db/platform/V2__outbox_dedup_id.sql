-- The broker's duplicate-detection id of a row must name that row for all time: outbox ids start
-- again at 1 in a new or restored database, while a broker that keeps its journal remembers the
-- ids it was sent before ('outbox-1', 'outbox-2'...) and would refuse the new rows as duplicates
-- for good. Rows written before this migration keep the id they were (maybe) already sent under.
ALTER TABLE outbox ADD COLUMN dedup_id TEXT;
UPDATE outbox SET dedup_id = 'outbox-' || id;
ALTER TABLE outbox ALTER COLUMN dedup_id SET DEFAULT 'outbox-' || gen_random_uuid();
ALTER TABLE outbox ALTER COLUMN dedup_id SET NOT NULL;
ALTER TABLE outbox ADD CONSTRAINT outbox_dedup_id_unique UNIQUE (dedup_id);
