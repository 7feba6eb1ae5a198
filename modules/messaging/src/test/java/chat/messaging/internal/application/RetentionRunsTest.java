package chat.messaging.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import chat.platform.db.OneNodeAtATime;
import chat.platform.errors.ConflictException;

class RetentionRunsTest {

    /** Hands out batches of the given sizes, then empty ones, and keeps what it is asked to record. */
    private static final class ScriptedBatches extends ExpireMessages {
        final List<Integer> sizes;
        final List<Instant> cutoffs = new ArrayList<>();
        final List<RetentionRuns.Run> recorded = new ArrayList<>();

        ScriptedBatches(Integer... sizes) {
            this.sizes = new ArrayList<>(List.of(sizes));
        }

        @Override
        public Batch batch(Instant cutoff, int max) {
            cutoffs.add(cutoff);
            int size = sizes.isEmpty() ? 0 : sizes.remove(0);
            return new Batch(size, size / 10);
        }

        @Override
        public void recordRun(RetentionRuns.Run run) {
            recorded.add(run);
        }
    }

    /** Another node holds the lock when {@code busy}. */
    private static final class Lock extends OneNodeAtATime {
        boolean busy;

        @Override
        public <T> Optional<T> ifFree(String name, Supplier<T> work) {
            return busy ? Optional.empty() : Optional.of(work.get());
        }

        @Override
        public <T> T afterOthers(String name, Supplier<T> work) {
            return work.get();
        }
    }

    private static RetentionRuns retention(int days, ScriptedBatches batches, Lock lock) {
        RetentionRuns retention = new RetentionRuns();
        retention.retentionDays = days;
        retention.expire = batches;
        retention.oneNode = lock;
        return retention;
    }

    @Test
    void aRunTakesBatchesUntilOneIsShortAndRecordsTheirSum() {
        var batches = new ScriptedBatches(RetentionRuns.BATCH, RetentionRuns.BATCH, 7, 500);
        Instant before = Instant.now();
        var run = retention(30, batches, new Lock()).runNow();
        assertEquals(2 * RetentionRuns.BATCH + 7, run.messagesRemoved());
        assertEquals(2 * RetentionRuns.BATCH / 10, run.filesWithdrawn());
        assertEquals(3, batches.cutoffs.size(), "a short batch ends the run");
        assertEquals(1, batches.cutoffs.stream().distinct().count(), "one cutoff for the whole run");
        Duration age = Duration.between(run.cutoff(), before);
        assertTrue(age.compareTo(Duration.ofDays(30)) <= 0 && age.compareTo(Duration.ofDays(30).minusSeconds(5)) > 0, age.toString());
        assertEquals(List.of(run), batches.recorded);
    }

    @Test
    void anEmptyRunIsRecordedToo() {
        var batches = new ScriptedBatches();
        assertEquals(0, retention(1, batches, new Lock()).runNow().messagesRemoved());
        assertEquals(1, batches.recorded.size());
    }

    @Test
    void offItNeitherRunsNorRecords() {
        var batches = new ScriptedBatches(5);
        var retention = retention(0, batches, new Lock());
        assertTrue(retention.runUnlessRunning().isEmpty());
        assertThrows(ConflictException.class, retention::runNow);
        assertTrue(batches.cutoffs.isEmpty() && batches.recorded.isEmpty());
    }

    @Test
    void aScheduledRunSkipsItsTurnWhileAnotherNodeRuns() {
        var batches = new ScriptedBatches(5);
        var lock = new Lock();
        lock.busy = true;
        assertTrue(retention(30, batches, lock).runUnlessRunning().isEmpty());
        assertTrue(batches.cutoffs.isEmpty());
        lock.busy = false;
        assertEquals(5, retention(30, batches, lock).runUnlessRunning().orElseThrow().messagesRemoved());
    }
}
