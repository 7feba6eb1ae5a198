package chat.loadtest;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps sockets alive as a client would: the server closes a connection that sends nothing for
 * 30 s, so one daemon thread queues {@code {"type":"ping"}} on every open socket of a live
 * collection (sockets may be added while it runs) every interval, until closed.
 */
final class Keepalive implements AutoCloseable {

    private final ScheduledExecutorService timer;
    private final AtomicLong sent = new AtomicLong();

    private Keepalive(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Starts pinging {@code sockets} (a concurrent collection) every {@code interval}. */
    static Keepalive every(Duration interval, Collection<LiveSocket> sockets) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "loadtest-keepalive");
            thread.setDaemon(true);
            return thread;
        });
        Keepalive keepalive = new Keepalive(timer);
        long millis = interval.toMillis();
        timer.scheduleAtFixedRate(() -> {
            for (LiveSocket socket : sockets) {
                if (socket.isOpen()) {
                    socket.ping();
                    keepalive.sent.incrementAndGet();
                }
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        return keepalive;
    }

    long pingsSent() {
        return sent.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
