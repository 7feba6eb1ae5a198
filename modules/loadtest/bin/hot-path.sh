#!/usr/bin/env bash
# hot-path.sh CHECKOUT OUT: the figures of docs/benchmarks.md "The hot path" against the server built
# from CHECKOUT (this repository's root, or another checkout to compare), each table in OUT/.
# Starts that server with its own database and raised send limits, waits 30 s idle, warms it up,
# then runs the scenarios one after the other; the load generator is this repository's.
set -u
. "$(dirname "$0")/bench-server.sh"
bench_server "$1" "$2"
# warm-up (the JIT), not measured
LT --scenario messages --members 500 --senders 10 --messages 300 --rate 50 --concurrency 100 >"$OUT/warmup.md" 2>"$OUT/warmup.err"
LT --scenario store-rate --groups 100 --senders 8 --messages 3000 >"$OUT/warmup2.md" 2>"$OUT/warmup2.err"
LT --scenario messages --members 500 --senders 10 --messages 600 --rate 20 --concurrency 100 >"$OUT/m500.md" 2>"$OUT/m500.err"
LT --scenario messages --members 2000 --senders 10 --messages 210 --rate 7 --concurrency 100 >"$OUT/m2000.md" 2>"$OUT/m2000.err"
for i in 1 2 3; do
    LT --scenario messages --members 2000 --senders 200 --messages 200 --concurrency 100 >"$OUT/blast$i.md" 2>"$OUT/blast$i.err"
done
LT --scenario store-rate --groups 1000 --senders 8 --messages 10000 >"$OUT/store.md" 2>"$OUT/store.err"
LT --scenario messages --members 10000 --senders 2 --messages 60 --rate 1 --concurrency 100 >"$OUT/m10000.md" 2>"$OUT/m10000.err"
# live heap per idle socket: after a full GC, before and while 5,000 sockets are held
jcmd $PID GC.run >/dev/null; sleep 2; jcmd $PID GC.heap_info >"$OUT/heap-before.txt"
LT --scenario idle-connections --connections 5000 --concurrency 100 --hold-seconds 40 >"$OUT/idle.md" 2>"$OUT/idle.err" &
held=$!
until grep -q "READ THE SERVER" "$OUT/idle.err" 2>/dev/null || ! kill -0 $held 2>/dev/null; do sleep 1; done
jcmd $PID GC.run >/dev/null; sleep 2; jcmd $PID GC.heap_info >"$OUT/heap-held.txt"
wait $held
bin/chat-server stop >/dev/null 2>&1
"$REPO/modules/loadtest/bin/pgbench-store-path.sh" >"$OUT/pgbench.txt" 2>&1
echo "done: $OUT"
