#!/usr/bin/env bash
# The store path's transaction in PostgreSQL alone: one counter moved, one message inserted with a
# unique key; 8 clients for 20 s, in a database of its own (dropped after).
set -eu
SCRIPT=$(mktemp)
trap 'rm -f "$SCRIPT"' EXIT
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS pgbench_chat" -c "CREATE DATABASE pgbench_chat"
psql -h 127.0.0.1 -U postgres -d pgbench_chat -q <<'SQL'
CREATE TABLE counters (id int PRIMARY KEY, last_seq bigint NOT NULL DEFAULT 0);
INSERT INTO counters SELECT g, 0 FROM generate_series(1, 1000) g;
CREATE TABLE msgs (conv int, seq bigint, client_id text UNIQUE, body text, PRIMARY KEY (conv, seq));
SQL
cat >"$SCRIPT" <<'SQL'
\set g random(1, 1000)
BEGIN;
UPDATE counters SET last_seq = last_seq + 1 WHERE id = :g RETURNING last_seq \gset
INSERT INTO msgs VALUES (:g, :last_seq, md5(random()::text || clock_timestamp()::text), 'hello, this is a message');
END;
SQL
pgbench -h 127.0.0.1 -U postgres -n -c 8 -j 2 -T 20 -f "$SCRIPT" pgbench_chat 2>&1 | grep -E "tps|latency|number of transactions actually"
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE pgbench_chat"
