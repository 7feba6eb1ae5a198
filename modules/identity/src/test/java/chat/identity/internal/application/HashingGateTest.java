package chat.identity.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import chat.platform.errors.RateLimitedException;

class HashingGateTest {

    @Test
    void noMoreHashesRunAtOnceThanAllowed() throws Exception {
        HashingGate gate = new HashingGate(2, 10_000);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var hashes = new java.util.ArrayList<Future<Boolean>>();
            for (int i = 0; i < 16; i++) {
                hashes.add(pool.submit(() -> gate.hash(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(20);
                    running.decrementAndGet();
                    return true;
                })));
            }
            for (Future<Boolean> hash : hashes) {
                assertTrue(hash.get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, most.get());
    }

    @Test
    void aLoginThatWaitsTooLongIsRateLimitedAndTheTurnComesBack() throws Exception {
        HashingGate gate = new HashingGate(1, 50);
        CountDownLatch hashing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread busy = new Thread(() -> gate.hash(() -> {
            hashing.countDown();
            await(release);
            return true;
        }));
        busy.start();
        hashing.await();
        assertThrows(RateLimitedException.class, () -> gate.hash(() -> true));
        release.countDown();
        busy.join();
        assertTrue(gate.hash(() -> true), "a refused wait takes no turn away");
    }

    @Test
    void aFailingHashGivesItsTurnBack() {
        HashingGate gate = new HashingGate(1, 50);
        assertThrows(IllegalStateException.class, () -> gate.hash(() -> {
            throw new IllegalStateException("broken hash");
        }));
        assertTrue(gate.hash(() -> true));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
