package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * The server's JVM killed (SIGKILL) and started again: acknowledged messages, seqs and dedup
 * survive, and in a grab storm every claim is credited exactly once, the claims add up to the
 * packet, and the ledger balances. This class runs in its own failsafe execution, after the
 * Arquillian suite, because it owns the server's process.
 */
class CrashIT {

    private static final LibertyProcess SERVER = new LibertyProcess();

    private final Api api = new Api();
    private final Money money = new Money(api);

    @BeforeAll
    static void startServer() throws Exception {
        SERVER.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        SERVER.stop();
    }

    @Test
    void acknowledgedMessagesSurviveAKill() throws Exception {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        String messages = "/api/v1/groups/" + gid + "/messages";
        for (int i = 1; i <= 20; i++) {
            var sent = api.post(messages, ann.token(), MessagesIT.text("k-" + i, "acked " + i));
            assertEquals(201, sent.status(), sent.raw());
            assertEquals(i, sent.json().getInt("seq"));
        }
        SERVER.kill();
        SERVER.start();
        var read = api.get(messages + "?after=0&limit=50", bob.token());
        assertEquals(200, read.status(), read.raw());
        assertEquals(20, read.json().getJsonArray("items").size());
        assertEquals(200, api.post(messages, ann.token(), MessagesIT.text("k-7", "acked 7")).status(),
                "a retry after the crash finds the stored message");
        assertEquals(21, api.post(messages, ann.token(), MessagesIT.text("k-21", "after")).json().getInt("seq"));
    }

    /** A grabber's whole try: grab, then open; the amount, 0 when sold out, null when the server went away. */
    private Long grabAndOpen(Api.TestUser grabber, String packetId) {
        try {
            var grab = money.grab(grabber, packetId);
            if (grab.status() == 409 && "SOLD_OUT".equals(grab.errorCode())) {
                return 0L;
            }
            var open = money.open(grabber, packetId);
            if (open.status() == 409 && "SOLD_OUT".equals(open.errorCode())) {
                return 0L;
            }
            return open.status() == 200 ? open.json().getJsonNumber("amountCents").longValue() : null;
        } catch (AssertionError connectionLost) {
            return null;
        }
    }

    @Test
    void aKillInTheMiddleOfAGrabStormLosesAndDoublesNoCent() throws Exception {
        Money.Storm storm = money.storm(150, 10_000, 100);
        Api.TestUser sender = storm.sender();
        List<Api.TestUser> grabbers = storm.grabbers();
        String id = storm.packetId();

        AtomicInteger opened = new AtomicInteger();
        CountDownLatch killed = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Future<Long>> firstTries = new ArrayList<>();
        for (Api.TestUser grabber : grabbers) {
            firstTries.add(pool.submit(() -> {
                Long amount = killed.getCount() == 0 ? null : grabAndOpen(grabber, id);
                if (amount != null && amount > 0 && opened.incrementAndGet() == 30) {
                    SERVER.kill();
                    killed.countDown();
                }
                return amount;
            }));
        }
        Map<Api.TestUser, Long> before = new HashMap<>();
        for (int i = 0; i < grabbers.size(); i++) {
            Long amount = firstTries.get(i).get();
            if (amount != null && amount > 0) {
                before.put(grabbers.get(i), amount);
            }
        }
        pool.shutdown();
        assertEquals(0, killed.getCount(), "the server was killed during the storm");
        assertTrue(before.size() >= 30 && before.size() < 100, "opened before the kill: " + before.size());

        SERVER.start();
        Map<Api.TestUser, Long> won = new HashMap<>();
        for (Api.TestUser grabber : grabbers) {
            Long amount = grabAndOpen(grabber, id);
            if (amount == null) {
                var open = money.open(grabber, id);
                amount = open.status() == 200 ? open.json().getJsonNumber("amountCents").longValue() : 0L;
            }
            if (before.containsKey(grabber)) {
                assertEquals(before.get(grabber), amount, "an opened share keeps its amount across the crash");
            }
            if (amount > 0) {
                won.put(grabber, amount);
            }
        }

        JsonObject view = money.view(sender, id);
        assertEquals(100, view.getJsonArray("claims").size(), view.toString());
        assertEquals(100, won.size());
        assertEquals(10_000, won.values().stream().mapToLong(Long::longValue).sum());
        for (Api.TestUser grabber : grabbers) {
            money.awaitBalance(grabber, won.getOrDefault(grabber, 0L));
        }
        assertEquals(0, money.balance(sender));
        money.assertLedgerBalanced();
    }
}
