package chat.loadtest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The faults of {@code chaos}, injected one after the other when the kept acks reach each
 * threshold of the plan: a SIGKILL of the server's JVM and its restart, a broker restart, a
 * PostgreSQL restart. For each it measures how long the fault's own action took, when the server
 * answered ready again and when the next ack was kept, both counted from the fault's start.
 */
final class ChaosFaults implements Runnable {

    /** One fault's action. */
    @FunctionalInterface
    interface Action {
        void inject() throws Exception;
    }

    /** What one fault did: seconds from its start; {@code error} null when the action worked. */
    record Recovery(String fault, long atKept, double actionSeconds, double readySeconds, double nextAckSeconds,
            long keptDuring, String error) {
    }

    static final long READY_WAIT_MILLIS = 300_000;

    private final ChaosPlan plan;
    private final List<Action> actions;
    private final LongSupplier kept;
    private final BooleanSupplier ready;
    private final BooleanSupplier sendingDone;
    private final List<Recovery> recoveries = new ArrayList<>();

    ChaosFaults(ChaosPlan plan, List<Action> actions, LongSupplier kept, BooleanSupplier ready,
            BooleanSupplier sendingDone) {
        if (actions.size() != ChaosPlan.FAULTS.size()) {
            throw new IllegalArgumentException("one action per fault");
        }
        this.plan = plan;
        this.actions = List.copyOf(actions);
        this.kept = kept;
        this.ready = ready;
        this.sendingDone = sendingDone;
    }

    @Override
    public void run() {
        try {
            for (int i = 0; i < actions.size(); i++) {
                while (kept.getAsLong() < plan.threshold(i)) {
                    if (sendingDone.getAsBoolean()) {
                        return;
                    }
                    Thread.sleep(50);
                }
                inject(i);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void inject(int i) throws InterruptedException {
        String fault = ChaosPlan.FAULTS.get(i);
        long atKept = kept.getAsLong();
        Progress.say("chaos: %s at %d kept acks", fault, atKept);
        long t0 = System.nanoTime();
        String error = null;
        try {
            actions.get(i).inject();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            error = e.toString();
            Progress.say("chaos: %s failed: %s", fault, error);
        }
        double action = seconds(t0);
        long waitUntil = System.currentTimeMillis() + READY_WAIT_MILLIS;
        while (!ready.getAsBoolean() && System.currentTimeMillis() < waitUntil) {
            Thread.sleep(200);
        }
        double readyAt = ready.getAsBoolean() ? seconds(t0) : -1;
        long keptAfterReady = kept.getAsLong();
        while (kept.getAsLong() == keptAfterReady && !sendingDone.getAsBoolean()
                && System.currentTimeMillis() < waitUntil) {
            Thread.sleep(20);
        }
        double nextAck = kept.getAsLong() > keptAfterReady ? seconds(t0) : -1;
        Progress.say("chaos: %s: action %.1f s, ready after %.1f s, next ack after %.1f s", fault, action, readyAt,
                nextAck);
        synchronized (recoveries) {
            recoveries.add(new Recovery(fault, atKept, action, readyAt, nextAck, keptAfterReady - atKept, error));
        }
    }

    List<Recovery> recoveries() {
        synchronized (recoveries) {
            return List.copyOf(recoveries);
        }
    }

    private static double seconds(long fromNanos) {
        return (System.nanoTime() - fromNanos) / 1e9;
    }
}
