package chat.loadtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Closes a scenario's sockets at its end, bounded on its own so it runs after the time limit too. */
final class SocketClosing {

    static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

    private SocketClosing() {
    }

    /** Closes every socket, waiting at most {@link #CLOSE_GRACE}; aborts those still open. Answers how many closed cleanly. */
    static int closeAll(String scenario, List<? extends ClosableSocket> open) throws InterruptedException {
        if (open.isEmpty()) {
            return 0;
        }
        Progress.say("%s: closing %d connections", scenario, open.size());
        List<CompletableFuture<String>> closing = new ArrayList<>(open.size());
        for (ClosableSocket socket : open) {
            closing.add(socket.close());
        }
        try {
            CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new)).get(CLOSE_GRACE.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // counted below: whatever has not closed by now is aborted
        }
        int clean = 0;
        for (int i = 0; i < open.size(); i++) {
            if (closing.get(i).isDone() && !closing.get(i).isCompletedExceptionally()) {
                clean++;
            } else {
                open.get(i).abort();
            }
        }
        return clean;
    }

    /**
     * The end of a scenario whose sockets stayed open through its measurement, kept alive by
     * {@code keepalive} every {@code pingInterval}: rows for the sockets the server closed before
     * the end and the frames that could not be read, then closes them all; the table is incomplete
     * when a socket was lost, a frame was unreadable or a socket did not close cleanly.
     */
    static void finish(String scenario, ResultTable table, Collection<LiveSocket> live, Keepalive keepalive,
            Duration pingInterval) throws InterruptedException {
        List<LiveSocket> open = new ArrayList<>(live);
        int gone = notOpen(open);
        long unreadable = open.stream().mapToLong(LiveSocket::handlerErrors).sum();
        table.row("sockets closed by the server before the end", gone)
                .row("frames that could not be read", unreadable)
                .row("pings sent (every " + pingInterval.toSeconds() + " s)", keepalive.pingsSent());
        int closed = closeAll(scenario, open);
        table.row("closed cleanly", closed + " of " + open.size());
        if (gone > 0 || unreadable > 0 || closed < open.size()) {
            table.incomplete();
        }
    }

    /** How many of the sockets are no longer open (closed by the server, or failed) before the scenario closed them. */
    static int notOpen(List<LiveSocket> sockets) {
        return (int) sockets.stream().filter(s -> !s.isOpen()).count();
    }
}
