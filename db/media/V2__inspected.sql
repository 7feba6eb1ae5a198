-- When decoding a file (thumbnail, poster, duration) finished; until then its metadata may change,
-- so it is not cached.
ALTER TABLE files ADD COLUMN inspected_at TIMESTAMPTZ;
