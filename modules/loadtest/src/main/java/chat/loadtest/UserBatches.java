package chat.loadtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Creates a scenario's users through the operator API in batches of at most
 * {@link #MAX_BATCH} (the server's limit), several batches in parallel.
 */
final class UserBatches {

    static final int MAX_BATCH = 1000;

    /** The users created (in order, from the batches that succeeded) and how the batches went. */
    record Created(List<ChatApi.User> users, LoopOutcome outcome, int batchSize, int requested) {

        int sizeOf(int batch) {
            return Math.min(batchSize, requested - batch * batchSize);
        }

        /** Users per second of each successful batch, measured by its own latency. */
        Stats perBatchRate() {
            List<Double> rates = new ArrayList<>();
            for (int i = 0; i < outcome.count(); i++) {
                if (outcome.succeeded(i)) {
                    rates.add(sizeOf(i) / (outcome.nanos()[i] / 1e9));
                }
            }
            return Stats.of(rates.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    private final ChatApi api;
    private final RunNames names;

    UserBatches(ChatApi api, RunNames names) {
        this.api = api;
        this.names = names;
    }

    /**
     * Creates {@code count} users named by {@code tag}. With a password every user costs the
     * server a PBKDF2 hash, so such a batch may take as long as the deadline allows.
     */
    Created create(String tag, int count, int batchSize, int concurrency, String password, Deadline deadline)
            throws InterruptedException {
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("a batch holds 1 to " + MAX_BATCH + " users: " + batchSize);
        }
        int batches = (count + batchSize - 1) / batchSize;
        AtomicReferenceArray<List<ChatApi.User>> created = new AtomicReferenceArray<>(batches);
        LoopOutcome outcome = ConcurrentLoop.run(batches, concurrency, deadline, b -> {
            List<ChatApi.NewUser> batch = new ArrayList<>(batchSize);
            for (int i = b * batchSize; i < Math.min(count, (b + 1) * batchSize); i++) {
                batch.add(new ChatApi.NewUser(names.username(tag, i), names.nickname(tag, i), password));
            }
            Duration timeout = password == null ? deadline.cap(ChatApi.REQUEST_TIMEOUT) : deadline.cap(Duration.ofDays(1));
            created.set(b, api.provision(batch, timeout));
        });
        List<ChatApi.User> users = new ArrayList<>(count);
        for (int b = 0; b < batches; b++) {
            if (created.get(b) != null) {
                users.addAll(created.get(b));
            }
        }
        return new Created(users, outcome, batchSize, count);
    }
}
