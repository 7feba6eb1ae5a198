package chat.loadtest;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A progress line every few seconds on a daemon thread, for a long run to show it is alive; stops when closed. */
final class Ticker implements AutoCloseable {

    private final ScheduledExecutorService timer;

    private Ticker(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    static Ticker every(int seconds, Runnable say) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "loadtest-ticker");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(say, seconds, seconds, TimeUnit.SECONDS);
        return new Ticker(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
