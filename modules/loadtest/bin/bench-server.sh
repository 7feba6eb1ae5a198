# Sourced by the benchmark scripts: bench_server CHECKOUT OUT starts a fresh server built from
# CHECKOUT with its own database (named after OUT: letters, digits and underscores) and raised send
# limits, waits 30 s idle and writes its resident memory to OUT/rss-idle.txt; then PID is the
# server's process, and LT runs this repository's load generator against it.
bench_server() {
    CHECKOUT=$(cd "$1" && pwd); OUT=$(mkdir -p "$2" && cd "$2" && pwd)
    REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
    cd "$CHECKOUT" || exit 1
    export CHAT_DB_URL=jdbc:postgresql://127.0.0.1:5432/chat_bench_$(basename "$OUT")
    export CHAT_MESSAGES_RATE_LIMIT=1000000 CHAT_MESSAGES_RATE_WINDOW_SECONDS=1
    bin/chat-server stop >/dev/null 2>&1
    bin/chat-server start >"$OUT/start.log" 2>&1 || { echo "the server did not start: $OUT/start.log"; exit 1; }
    PID=$(cat modules/app/target/liberty/wlp/usr/servers/.pid/chat.pid)
    sleep 30
    grep VmRSS /proc/$PID/status >"$OUT/rss-idle.txt"
}

LT() { (cd "$REPO" && mvn -q -o -pl modules/loadtest exec:java -Dexec.args="$* --server-pid $PID --admin-key-file $CHECKOUT/var/admin-api-key --time-limit 900"); }
