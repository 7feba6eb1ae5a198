package chat.loadtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * {@code websocket}: one connection per user, each opened with a fresh one-time ticket
 * ({@code POST /api/v1/ws-tickets}, then {@code GET /ws?ticket=...}); with all of them open,
 * one ping per connection; then all are closed. Connect time is the WebSocket handshake alone;
 * the ticket request is reported on its own.
 */
final class WebSocketScenario implements Scenario {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(10);
    /** Closing is bounded on its own, so sockets are closed even after the time limit passed. */

    @Override
    public String name() {
        return "websocket";
    }

    @Override
    public ResultTable run(RunContext context) throws Exception {
        Options options = context.options();
        int connections = options.integer("connections", 500, 1, 20_000);
        int concurrency = options.integer("concurrency", 8, 1, 256);
        int batch = options.integer("batch", UserBatches.MAX_BATCH, 1, UserBatches.MAX_BATCH);
        Deadline deadline = context.newDeadline();
        ChatApi api = context.api();

        Progress.say("websocket: creating %d users and a bot token for each", connections);
        var created = new UserBatches(api, context.names()).create("w", connections, batch, Math.min(concurrency, 2), null,
                deadline);
        var issued = BotTokens.issue(api, created.users(), concurrency, deadline);
        List<String> tokens = issued.tokens();
        ResultTable table = new ResultTable("websocket: GET /ws?ticket=..., ping/pong")
                .row("setup", created.users().size() + " users in " + Units.seconds(created.outcome().wallNanos()) + ", "
                        + tokens.size() + " tokens in " + Units.seconds(issued.outcome().wallNanos()))
                .row("setup errors", LoopOutcome.errorSummary(created.outcome(), issued.outcome()))
                .requireClean(created.outcome(), issued.outcome());
        table.parameters(context.parameters(name(), "connections", connections, "concurrency", concurrency,
                "batch", batch));
        if (tokens.isEmpty()) {
            return table.row("connections", "not run: no tokens were issued").incomplete();
        }

        int count = tokens.size();
        AtomicReferenceArray<PingSocket> sockets = new AtomicReferenceArray<>(count);
        long[] ticketNanos = filled(count);
        long[] connectNanos = filled(count);
        try {
            Progress.say("websocket: opening %d connections, %d at a time", count, concurrency);
            LoopOutcome connecting = ConcurrentLoop.run(count, concurrency, deadline, i -> {
                long t0 = System.nanoTime();
                String ticket = api.wsTicket(tokens.get(i), deadline.cap(ChatApi.REQUEST_TIMEOUT));
                long t1 = System.nanoTime();
                ticketNanos[i] = t1 - t0;
                sockets.set(i, PingSocket.open(api.http(), api.webSocketUri(ticket), deadline.cap(CONNECT_TIMEOUT)));
                connectNanos[i] = System.nanoTime() - t1;
            });
            List<PingSocket> open = opened(sockets);

            Progress.say("websocket: %d open; one ping each, %d at a time", open.size(), concurrency);
            long[] pingNanos = filled(open.size());
            LoopOutcome pinging = ConcurrentLoop.run(open.size(), concurrency, deadline,
                    i -> pingNanos[i] = open.get(i).ping(deadline.cap(PING_TIMEOUT)));

            table.row("connections opened", open.size() + " of " + connections + " (" + concurrency + " at a time)")
                    .latency("ticket latency (POST /ws-tickets)", millis(ticketNanos))
                    .latency("connect time (handshake)", millis(connectNanos))
                    .row("connect errors", connecting.errorSummary())
                    .row("pongs received", pinging.succeeded() + " of " + open.size())
                    .latency("ping round trip", millis(pingNanos))
                    .row("ping errors", pinging.errorSummary())
                    .requireClean(connecting, pinging);
        } finally {
            List<PingSocket> open = opened(sockets); // also when the phases above failed
            int closed = SocketClosing.closeAll(name(), open);
            table.row("closed cleanly", closed + " of " + open.size());
            if (closed < open.size()) {
                table.incomplete();
            }
        }
        return table;
    }

    private static List<PingSocket> opened(AtomicReferenceArray<PingSocket> sockets) {
        List<PingSocket> open = new ArrayList<>(sockets.length());
        for (int i = 0; i < sockets.length(); i++) {
            if (sockets.get(i) != null) {
                open.add(sockets.get(i));
            }
        }
        return open;
    }

    private static long[] filled(int count) {
        long[] values = new long[count];
        Arrays.fill(values, -1);
        return values;
    }

    private static Stats millis(long[] nanos) {
        return Stats.of(Arrays.stream(nanos).filter(n -> n >= 0).mapToDouble(Units::toMillis).toArray());
    }
}
