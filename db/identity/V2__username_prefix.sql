-- Searching people by the start of their username (GET /users?username=). The unique index of V1
-- follows the database's collation, which LIKE 'ann%' can use only under the C collation;
-- text_pattern_ops compares bytes, so it serves the prefix range and its order under any locale.
CREATE INDEX users_username_pattern ON users (username text_pattern_ops);
