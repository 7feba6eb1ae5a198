package chat.loadtest;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * Opens one {@link LiveSocket} per token, {@code concurrency} at a time: a one-time ticket
 * ({@code POST /api/v1/ws-tickets}), then the handshake on {@code /ws?ticket=...}. Times the
 * two apart. Each socket joins {@code live} (the keepalive's collection) as soon as it is open.
 */
final class SocketOpener {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** The sockets by token index (null where opening failed or never started) and how it went. */
    record Opened(AtomicReferenceArray<LiveSocket> sockets, long[] ticketNanos, long[] handshakeNanos,
            LoopOutcome outcome, boolean stoppedAtError) {

        List<LiveSocket> open() {
            List<LiveSocket> open = new ArrayList<>(sockets.length());
            for (int i = 0; i < sockets.length(); i++) {
                if (sockets.get(i) != null) {
                    open.add(sockets.get(i));
                }
            }
            return open;
        }

        Stats ticketMillis() {
            return millis(ticketNanos);
        }

        Stats handshakeMillis() {
            return millis(handshakeNanos);
        }

        /**
         * The rows of the opening: "{@code who} connected" (how many, {@code concurrency} at a
         * time, in what wall time), ticket and handshake latencies, connect errors; the table is
         * incomplete unless every socket opened.
         */
        ResultTable write(ResultTable table, String who, int concurrency) {
            return table.row(who + " connected", open().size() + " of " + sockets.length() + " (" + concurrency
                            + " at a time, in " + Units.seconds(outcome.wallNanos()) + ")")
                    .latency("ticket latency (POST /ws-tickets)", ticketMillis())
                    .latency("connect time (handshake)", handshakeMillis())
                    .row("connect errors", outcome.errorSummary())
                    .requireClean(outcome);
        }

        private static Stats millis(long[] nanos) {
            return Stats.of(Arrays.stream(nanos).filter(n -> n >= 0).mapToDouble(Units::toMillis).toArray());
        }
    }

    private SocketOpener() {
    }

    /**
     * Opens a socket for each token with the handler {@code handlers} gives for its index; with
     * {@code stopAtFirstError}, no socket starts opening after the first failure.
     */
    static Opened open(ChatApi api, List<String> tokens, int concurrency, Deadline deadline, boolean stopAtFirstError,
            IntFunction<LiveSocket.FrameHandler> handlers, Collection<LiveSocket> live) throws InterruptedException {
        return open(api, tokens, concurrency, deadline, stopAtFirstError, List.of(api.base()), handlers, live);
    }

    /**
     * The same, socket {@code i} to the server root {@code servers.get(i % servers.size())}
     * ({@link LoopbackOnly#spread}); the tickets still come from the API's base.
     */
    static Opened open(ChatApi api, List<String> tokens, int concurrency, Deadline deadline, boolean stopAtFirstError,
            List<URI> servers, IntFunction<LiveSocket.FrameHandler> handlers, Collection<LiveSocket> live)
            throws InterruptedException {
        int count = tokens.size();
        AtomicReferenceArray<LiveSocket> sockets = new AtomicReferenceArray<>(count);
        long[] ticketNanos = new long[count];
        long[] handshakeNanos = new long[count];
        Arrays.fill(ticketNanos, -1);
        Arrays.fill(handshakeNanos, -1);
        AtomicBoolean failed = new AtomicBoolean();
        LoopOutcome outcome = ConcurrentLoop.run(count, concurrency, deadline, i -> {
            if (stopAtFirstError && failed.get()) {
                return; // skipped: not opened, not an error of its own
            }
            try {
                long t0 = System.nanoTime();
                String ticket = api.wsTicket(tokens.get(i), deadline.cap(ChatApi.REQUEST_TIMEOUT));
                long t1 = System.nanoTime();
                URI server = servers.get(i % servers.size());
                LiveSocket socket = LiveSocket.open(api, ChatApi.webSocketUri(server, ticket),
                        deadline.cap(CONNECT_TIMEOUT), handlers.apply(i));
                handshakeNanos[i] = System.nanoTime() - t1;
                ticketNanos[i] = t1 - t0;
                sockets.set(i, socket);
                live.add(socket);
            } catch (Exception e) {
                failed.set(true); // the loop's outcome keeps the first error's text
                throw e;
            }
        });
        return new Opened(sockets, ticketNanos, handshakeNanos, outcome, stopAtFirstError && failed.get());
    }
}
