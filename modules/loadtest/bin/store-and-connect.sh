#!/usr/bin/env bash
# store-and-connect.sh CHECKOUT OUT: the store rate (three runs) and the connect rate (three runs)
# against a fresh server built from CHECKOUT (this repository's root, or another checkout to
# compare), each table in OUT/; the load generator is this repository's. OUT's name names the
# database (letters, digits and underscores).
set -u
CHECKOUT=$(cd "$1" && pwd); OUT=$(mkdir -p "$2" && cd "$2" && pwd)
REPO=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$CHECKOUT"
export CHAT_DB_URL=jdbc:postgresql://127.0.0.1:5432/chat_bench_$(basename "$OUT")
export CHAT_MESSAGES_RATE_LIMIT=1000000 CHAT_MESSAGES_RATE_WINDOW_SECONDS=1
bin/chat-server stop >/dev/null 2>&1
bin/chat-server start >"$OUT/start.log" 2>&1 || { echo "the server did not start: $OUT/start.log"; exit 1; }
PID=$(cat modules/app/target/liberty/wlp/usr/servers/.pid/chat.pid)
sleep 30
grep VmRSS /proc/$PID/status >"$OUT/rss-idle.txt"
LT() { (cd "$REPO" && mvn -q -o -pl modules/loadtest exec:java -Dexec.args="$* --server-pid $PID --admin-key-file $CHECKOUT/var/admin-api-key --time-limit 900"); }
LT --scenario store-rate --groups 100 --senders 8 --messages 3000 >"$OUT/warmup.md" 2>"$OUT/warmup.err"
for i in 1 2 3; do
    LT --scenario store-rate --groups 1000 --senders 8 --messages 10000 >"$OUT/store$i.md" 2>"$OUT/store$i.err"
done
for i in 1 2 3; do
    LT --scenario idle-connections --connections 4000 --concurrency 100 --hold-seconds 2 >"$OUT/connect$i.md" 2>"$OUT/connect$i.err"
done
bin/chat-server stop >/dev/null 2>&1
echo "done: $OUT"
