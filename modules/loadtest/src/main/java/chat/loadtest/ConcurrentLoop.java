package chat.loadtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs steps {@code 0 .. count-1} on a fixed number of threads and times each. Bounded three
 * ways: by the count, by the deadline (no step starts after it; each step's own timeout is capped
 * by it) and by {@link #MAX_ERRORS}, so a wrong key or a stopped server ends the loop early.
 */
final class ConcurrentLoop {

    static final int MAX_ERRORS = 50;

    /** One unit of work; throwing counts as an error. */
    @FunctionalInterface
    interface Step {
        void run(int index) throws Exception;
    }

    private ConcurrentLoop() {
    }

    static LoopOutcome run(int count, int concurrency, Deadline deadline, Step step) throws InterruptedException {
        long[] nanos = new long[count];
        Arrays.fill(nanos, -1);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        int threads = Math.max(1, Math.min(concurrency, count));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "loadtest-worker");
            thread.setDaemon(true);
            return thread;
        });
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (!deadline.expired() && errors.get() < MAX_ERRORS && !Thread.currentThread().isInterrupted()) {
                        int i = next.getAndIncrement();
                        if (i >= count) {
                            return;
                        }
                        long t0 = System.nanoTime();
                        try {
                            step.run(i);
                            nanos[i] = System.nanoTime() - t0;
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, describe(e));
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(); // also makes every worker's writes to nanos visible here
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed outside its steps", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long wall = System.nanoTime() - start;
        int started = Math.min(next.get(), count);
        boolean timedOut = started < count && errors.get() < MAX_ERRORS;
        if (errors.get() >= MAX_ERRORS && started < count) {
            firstError.updateAndGet(f -> f + "; stopped after " + MAX_ERRORS + " errors");
        }
        return new LoopOutcome(nanos, started, errors.get(), firstError.get(), wall, timedOut);
    }

    /** The exception and its causes, e.g. {@code ConnectException <- ClosedChannelException}. */
    private static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < 300; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ExecutionException && t.getCause() != null) {
                continue;
            }
            out.append(out.length() == 0 ? "" : " <- ").append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                out.append(": ").append(t.getMessage());
            }
        }
        return out.toString();
    }
}
