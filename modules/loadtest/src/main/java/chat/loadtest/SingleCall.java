package chat.loadtest;

import java.util.concurrent.atomic.AtomicReference;

/**
 * One setup request (create a group, issue an invite, read a group back) run as a loop of one,
 * so that its failure or the time limit becomes an error row of the table, timed like any step,
 * rather than an exception that would lose the scenario's table.
 */
final class SingleCall {

    /** The answer (null when the call failed or never ran) and how the call went. */
    record Result<T>(T value, LoopOutcome outcome) {

        boolean ok() {
            return value != null;
        }

        long nanos() {
            return outcome.nanos()[0];
        }
    }

    /** The request; throwing counts as an error. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws Exception;
    }

    private SingleCall() {
    }

    static <T> Result<T> run(Deadline deadline, Call<T> call) throws InterruptedException {
        AtomicReference<T> value = new AtomicReference<>();
        LoopOutcome outcome = ConcurrentLoop.run(1, 1, deadline, i -> value.set(call.call()));
        return new Result<>(value.get(), outcome);
    }
}
