package chat.loadtest;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.json.JsonObject;

/**
 * The measured sends of {@code messages} and {@code store-rate}: {@code --messages} TEXT messages
 * in total, message i from sender i mod S over that sender's own socket. Each sender has one send
 * in flight at a time: the {@code send} frame, its {@code ack} (or {@code error}), then
 * {@code --rate-pause-ms}; or, with {@code --rate}, each message waits for its slot of a fixed
 * schedule ({@link SendSchedule}) as well as for the previous ack. Measures the ack latency (send
 * to ack) and the acks per second of send wall time. {@code RATE_LIMITED} answers are counted
 * apart and not retried; other errors stop the sends after {@link ConcurrentLoop#MAX_ERRORS}, and
 * no send starts after the deadline.
 */
final class MessageSending {

    static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    /** Sends one message over its sender's socket. */
    @FunctionalInterface
    interface Sender {
        /** Message {@code index} from sender {@code sender}: the future completes with its ack or error frame. */
        CompletableFuture<JsonObject> send(int sender, int index, String clientMsgId, String text);
    }

    /**
     * Per message index: ack latency and seq ({@code -1} unless acked); totals; send wall time; the
     * schedule the sends kept to, with its late sends.
     */
    record Result(long[] ackNanos, long[] seqs, int started, int rateLimited, int errors, String firstError,
            long startNanos, long wallNanos, boolean timedOut, SendSchedule schedule) {

        int acks() {
            return (int) Arrays.stream(seqs).filter(s -> s >= 0).count();
        }

        Stats ackMillis() {
            return Stats.of(Arrays.stream(ackNanos).filter(n -> n >= 0).mapToDouble(Units::toMillis).toArray());
        }

        /** Messages stored per second: acks over the send wall time. */
        double perSecond() {
            return wallNanos == 0 ? 0 : acks() / (wallNanos / 1e9);
        }

        boolean clean() {
            return errors == 0 && !timedOut;
        }

        String errorSummary() {
            String text = errors == 0 ? "0" : errors + " (first: " + firstError + ")";
            return timedOut ? text + "; stopped by the time limit after " + started + " of " + seqs.length : text;
        }
    }

    private MessageSending() {
    }

    /**
     * Sends {@code messages} from {@code senders} senders; {@code pauseMillis} after each ack, or
     * {@code perSecond} on a fixed schedule (at most one of them more than 0).
     */
    static Result run(int senders, int messages, Sender sender, int pauseMillis, int perSecond, String idPrefix,
            Deadline deadline) throws InterruptedException {
        if (pauseMillis > 0 && perSecond > 0) {
            throw new IllegalArgumentException("a pause after each ack or a fixed rate, not both");
        }
        long[] ackNanos = new long[messages];
        long[] seqs = new long[messages];
        Arrays.fill(ackNanos, -1);
        Arrays.fill(seqs, -1);
        AtomicInteger started = new AtomicInteger();
        AtomicInteger rateLimited = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        AtomicBoolean timedOut = new AtomicBoolean();
        long start = System.nanoTime();
        SendSchedule schedule = new SendSchedule(perSecond, start);
        LoopOutcome loop = ConcurrentLoop.run(senders, senders, deadline, s -> {
            for (int i = s; i < messages && errors.get() < ConcurrentLoop.MAX_ERRORS; i += senders) {
                if (deadline.expired() || !schedule.awaitDue(i, deadline)) {
                    timedOut.set(true);
                    return;
                }
                started.incrementAndGet();
                try {
                    String clientMsgId = idPrefix + "-" + i;
                    long t0 = System.nanoTime();
                    schedule.left(i, t0);
                    JsonObject answer = sender.send(s, i, clientMsgId, ChatFrames.text(t0, clientMsgId))
                            .get(deadline.cap(ACK_TIMEOUT).toNanos(), TimeUnit.NANOSECONDS);
                    long took = System.nanoTime() - t0;
                    if ("ack".equals(ChatFrames.string(answer, "type"))) {
                        ackNanos[i] = took;
                        seqs[i] = ChatFrames.number(answer, "seq", -1);
                    } else if ("RATE_LIMITED".equals(ChatFrames.string(answer, "code"))) {
                        rateLimited.incrementAndGet();
                    } else {
                        throw new IOException("error frame " + answer);
                    }
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, "message " + i + ": " + e);
                }
                if (pauseMillis > 0 && i + senders < messages) {
                    Thread.sleep(Math.min(pauseMillis, deadline.remaining().toMillis()));
                }
            }
        });
        if (!loop.clean()) { // a sender's thread failed outside its sends, or never started
            errors.incrementAndGet();
            firstError.compareAndSet(null, loop.errorSummary());
        }
        return new Result(ackNanos, seqs, started.get(), rateLimited.get(), errors.get(), firstError.get(), start,
                System.nanoTime() - start, timedOut.get() || loop.timedOut(), schedule);
    }
}
