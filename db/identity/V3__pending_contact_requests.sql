-- A user's pending contact requests (GET /contacts/requests): the ones they sent are a range of
-- the unique (from_user_id, to_user_id) key; this finds the ones they received.
CREATE INDEX contact_requests_pending_to ON contact_requests (to_user_id) WHERE status = 'PENDING';
