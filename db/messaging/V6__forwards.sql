-- A message a member forwarded from another (it copies the original's type, text and media). A
-- constant default: PostgreSQL adds the column without rewriting the table.
ALTER TABLE messages ADD COLUMN forwarded BOOLEAN NOT NULL DEFAULT false;
