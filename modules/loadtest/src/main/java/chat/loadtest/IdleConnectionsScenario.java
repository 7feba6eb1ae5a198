package chat.loadtest;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@code idle-connections}: how many idle WebSockets the server holds, and for how long it takes
 * to open them. {@code --connections} bot users (default 5,000) each open one socket (a ticket,
 * then the handshake), {@code --concurrency} at a time (default 8), until the count or the first
 * error; each pings every 20 s, as an idle client must (the server closes a socket silent for
 * 30 s). Measures the connections held, the time to open them and the connect latency, then
 * holds them {@code --hold-seconds} (default 30, also past the time limit) and prints the moment
 * to read the server's memory; at the end counts those still open and, for a hold of 30 s or more,
 * those that answered a ping while held, and closes them.
 *
 * <p>Every client socket comes from 127.0.0.1: the JDK 17 HttpClient cannot bind a local address
 * ({@code HttpClient.Builder.localAddress} arrived in Java 19). What is spread instead is the
 * server's address: with {@code --server-addresses N} (default 1: the {@code --base} host), socket
 * {@code i} opens {@code ws://127.0.0.(1 + i % N):port/ws}, and Linux reuses an ephemeral port for
 * a different destination address, so the client has its port range (Linux default 32768-60999:
 * 28,232) once per address, N times in all. The tickets and the setup still go to {@code --base}.
 * Each connection also costs a file descriptor on both sides; the table reports the client's
 * limits ({@link ClientLimits}).
 */
final class IdleConnectionsScenario implements Scenario {

    static final Duration PING_INTERVAL = Duration.ofSeconds(20);

    @Override
    public String name() {
        return "idle-connections";
    }

    @Override
    public ResultTable run(RunContext context) throws Exception {
        Options options = context.options();
        int connections = options.integer("connections", 5_000, 1, 200_000);
        int concurrency = options.integer("concurrency", 8, 1, 256);
        int batch = options.integer("batch", UserBatches.MAX_BATCH, 1, UserBatches.MAX_BATCH);
        int holdSeconds = options.integer("hold-seconds", 30, 0, 86_400);
        int serverAddresses = options.integer("server-addresses", 1, 1, 254);
        List<URI> servers = LoopbackOnly.socketRoots(context.base(), options);
        Deadline deadline = context.newDeadline();
        ChatApi api = context.api();
        ResultTable table = new ResultTable("idle-connections: WebSockets held open, pinging every 20 s")
                .parameters(context.parameters(name(), "connections", connections, "concurrency", concurrency,
                        "batch", batch, "hold-seconds", holdSeconds, "server-addresses", serverAddresses))
                .row("client limits", ClientLimits.describe())
                .row("client source address", "127.0.0.1: the JDK 17 HttpClient cannot bind a local address")
                .row("WebSocket server addresses", servers.size() == 1 ? servers.get(0) + " only"
                        : servers.size() + " roots, round robin: " + servers.stream().map(URI::toString)
                                .collect(java.util.stream.Collectors.joining(", ")));

        Progress.say("idle-connections: creating %d users and a bot token for each", connections);
        var created = new UserBatches(api, context.names()).create("i", connections, batch, Math.min(concurrency, 2), null,
                deadline);
        var issued = BotTokens.issue(api, created.users(), concurrency, deadline);
        table.row("setup", created.users().size() + " users in " + Units.seconds(created.outcome().wallNanos()) + ", "
                        + issued.tokens().size() + " tokens in " + Units.seconds(issued.outcome().wallNanos()))
                .row("setup errors", LoopOutcome.errorSummary(created.outcome(), issued.outcome()))
                .requireClean(created.outcome(), issued.outcome());
        if (issued.tokens().isEmpty()) {
            return table.row("connections", "not run: no tokens were issued").incomplete();
        }

        ConcurrentLinkedQueue<LiveSocket> live = new ConcurrentLinkedQueue<>();
        try (Keepalive keepalive = Keepalive.every(PING_INTERVAL, live)) {
            try {
                Progress.say("idle-connections: opening %d connections, %d at a time, until the first error",
                        issued.tokens().size(), concurrency);
                var opened = SocketOpener.open(api, issued.tokens(), concurrency, deadline, true, servers,
                        i -> LiveSocket.FrameHandler.IGNORE, live);
                int held = opened.open().size();
                table.row("connections held", held + " of " + connections + (opened.stoppedAtError()
                                ? " (stopped at the first error)" : ""))
                        .row("first error", opened.outcome().firstError() == null ? "none" : opened.outcome().firstError())
                        .row("time to open them", Units.seconds(opened.outcome().wallNanos()) + " (" + concurrency
                                + " at a time)")
                        .latency("ticket latency (POST /ws-tickets)", opened.ticketMillis())
                        .latency("connect time (handshake)", opened.handshakeMillis())
                        .row("client open files after opening", ClientLimits.openFiles());
                if (held < connections || opened.outcome().timedOut()) {
                    table.incomplete();
                }
                if (held > 0) {
                    hold(table, opened.open(), holdSeconds, keepalive);
                }
            } finally {
                List<LiveSocket> open = new ArrayList<>(live);
                int closed = SocketClosing.closeAll(name(), open);
                table.row("closed cleanly", closed + " of " + open.size());
            }
        }
        return table;
    }

    /** Keeps the sockets open {@code seconds}, telling the operator when to read the server's memory. */
    private static void hold(ResultTable table, List<LiveSocket> open, int seconds, Keepalive keepalive)
            throws InterruptedException {
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant until = from.plusSeconds(seconds);
        Progress.say("idle-connections: %d connections open at %s; READ THE SERVER'S MEMORY NOW (held until %s)",
                open.size(), from, until);
        long[] pongsBefore = open.stream().mapToLong(LiveSocket::pongs).toArray();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() - end < 0) {
            Thread.sleep(Math.min(1_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
        }
        long pongs = 0;
        int answered = 0;
        for (int i = 0; i < open.size(); i++) {
            long got = open.get(i).pongs() - pongsBefore[i];
            pongs += got;
            answered += got > 0 ? 1 : 0;
        }
        int stillOpen = open.size() - SocketClosing.notOpen(open);
        table.row("held", from + " to " + until + " (" + seconds + " s; read the server's memory in between)")
                .row("pongs received while held", pongs + " (pings sent in all: " + keepalive.pingsSent() + ")")
                .expect("connections still open after the hold", stillOpen, open.size(), "connections held");
        // Open is not enough: a server that lost its application keeps the sockets but answers nothing.
        if (seconds >= PING_INTERVAL.toSeconds() + 10) {
            table.expect("connections that answered a ping while held", answered, open.size(), "connections held");
        }
    }
}
