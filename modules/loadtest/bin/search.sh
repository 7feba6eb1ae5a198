#!/usr/bin/env bash
# search.sh CHECKOUT OUT: the search scenario (a million messages written into a fresh server's
# database, then every query of SearchScenario asked 200 times) against a fresh server built from
# CHECKOUT, its table in OUT/search.md. OUT's name names the database (letters, digits and underscores).
set -u
. "$(dirname "$0")/bench-server.sh"
bench_server "$1" "$2"
LT --scenario search --conversations 1000 --member-of 100 --messages 1000000 --requests 200 >"$OUT/search.md" 2>"$OUT/search.err"
bin/chat-server stop >/dev/null 2>&1
echo "done: $OUT"
