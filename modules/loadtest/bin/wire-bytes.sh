#!/usr/bin/env bash
# wire-bytes.sh CHECKOUT OUT: the blast of docs/benchmarks.md "Binary frames" (200 messages at once
# into a 2,000-member group) with every socket on JSON text frames and on Protocol Buffers frames,
# taking turns, three runs each, against the server built from CHECKOUT; one table per run in OUT/.
# Bytes on the wire come from the kernel's counters of the server's sockets (ss), CPU from /proc.
set -u
. "$(dirname "$0")/bench-server.sh"
bench_server "$1" "$2"
# warm-up (the JIT, both encodings' paths), not measured
for encoding in json protobuf; do
    LT --scenario messages --members 2000 --senders 200 --messages 200 --concurrency 100 --encoding $encoding \
        >"$OUT/warmup-$encoding.md" 2>"$OUT/warmup-$encoding.err"
done
for i in 1 2 3; do
    for encoding in json protobuf; do
        LT --scenario messages --members 2000 --senders 200 --messages 200 --concurrency 100 --encoding $encoding \
            >"$OUT/blast-$encoding-$i.md" 2>"$OUT/blast-$encoding-$i.err"
    done
done
bin/chat-server stop >/dev/null 2>&1
echo "done: $OUT"
