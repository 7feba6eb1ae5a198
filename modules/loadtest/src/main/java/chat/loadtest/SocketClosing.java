package chat.loadtest;

import java.time.Duration;
import java.util.ArrayList;
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

    /** How many of the sockets are no longer open (closed by the server, or failed) before the scenario closed them. */
    static int notOpen(List<LiveSocket> sockets) {
        return (int) sockets.stream().filter(s -> !s.isOpen()).count();
    }
}
