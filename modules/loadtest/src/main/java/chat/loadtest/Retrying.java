package chat.loadtest;

import java.io.IOException;
import java.time.Duration;

/**
 * A REST call of {@code chaos} retried while a part of the server is away: a 503 answer or no
 * answer at all (connection refused while the server restarts, a timeout) is tried again with
 * backoff, 250 ms doubling to 4 s, until the deadline; any other answer is the caller's.
 */
final class Retrying {

    static final Duration MAX_PAUSE = Duration.ofSeconds(4);

    /** A call that may fail. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws Exception;
    }

    private Retrying() {
    }

    static <T> T call(Deadline deadline, Call<T> call) throws Exception {
        long pause = 250;
        while (true) {
            try {
                return call.call();
            } catch (ApiException e) {
                if (e.status() != 503 || deadline.expired()) {
                    throw e;
                }
            } catch (IOException e) {
                if (deadline.expired()) {
                    throw e;
                }
            }
            Thread.sleep(Math.min(pause, deadline.remaining().toMillis()));
            pause = Math.min(pause * 2, MAX_PAUSE.toMillis());
        }
    }
}
