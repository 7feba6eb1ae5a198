#!/usr/bin/env bash
# store-and-connect.sh CHECKOUT OUT [store|connect]: the store rate (three runs) and the connect
# rate (three runs), or only one of them, against a fresh server built from CHECKOUT (this
# repository's root, or another checkout to compare), each table in OUT/; the load generator is
# this repository's. OUT's name names the database (letters, digits and underscores).
set -u
ONLY=${3:-}
. "$(dirname "$0")/bench-server.sh"
bench_server "$1" "$2"
if [[ $ONLY != connect ]]; then
    LT --scenario store-rate --groups 100 --senders 8 --messages 3000 >"$OUT/warmup.md" 2>"$OUT/warmup.err"
    for i in 1 2 3; do
        LT --scenario store-rate --groups 1000 --senders 8 --messages 10000 >"$OUT/store$i.md" 2>"$OUT/store$i.err"
    done
fi
if [[ $ONLY != store ]]; then
    for i in 1 2 3; do
        LT --scenario idle-connections --connections 4000 --concurrency 100 --hold-seconds 2 >"$OUT/connect$i.md" 2>"$OUT/connect$i.err"
    done
fi
bin/chat-server stop >/dev/null 2>&1
echo "done: $OUT"
