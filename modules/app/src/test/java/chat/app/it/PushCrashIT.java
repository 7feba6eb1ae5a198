package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Offline push across a crash, with the webhook on: the server's JVM halts just after a delivery
 * job took what waits for a device ({@code CHAT_CRASH_AT=push-before-send}); once it is started
 * again the push leaves, once, through Web Push and the webhook alike, and the webhook's signature
 * verifies with the configured secret. And a webhook push that fails for a day is given up and
 * dead-lettered for the operator. Runs in the crash-test execution: it owns the server's process.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PushCrashIT {

    private static final LibertyProcess SERVER = new LibertyProcess();
    private static final String SECRET = "it-webhook-secret";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static PushService service;

    private final Api api = new Api();

    @BeforeAll
    static void startThePushService() throws Exception {
        service = new PushService();
    }

    @AfterAll
    static void stopAll() throws Exception {
        SERVER.stop();
        service.close();
    }

    private static Map<String, String> webhook() {
        return Map.of("CHAT_PUSH_WEBHOOK_URL", service.url("hook"), "CHAT_PUSH_WEBHOOK_SECRET", SECRET);
    }

    /** The webhook pushes that name this device. */
    private static List<JsonObject> hooksFor(Api.TestUser user) {
        return service.to("hook").stream().map(r -> Json.createReader(new StringReader(
                new String(r.body(), StandardCharsets.UTF_8))).readObject())
                .filter(j -> user.deviceId().equals(j.getString("deviceId"))).toList();
    }

    @Test
    @Order(1)
    void aKillBetweenTheQueueAndTheSendNeitherLosesNorRepeatsThePushAndTheWebhookIsSigned() throws Exception {
        var env = new HashMap<>(webhook());
        env.put("CHAT_CRASH_AT", "push-before-send");
        SERVER.start(env);
        var ann = api.newUser();
        var bob = api.newUser();
        var device = service.device("bob-" + bob.username());
        assertEquals(204, api.put(PushSubscriptionsIT.PATH, bob.token(), device.subscription()).status());
        String gid = api.groupOf(ann, List.of(bob), null);
        var sent = api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("c-1", "before the crash"));
        assertEquals(201, sent.status(), sent.raw());
        SERVER.awaitExit(WAIT);

        SERVER.start(webhook());
        var pushes = service.await(device.name(), 1, WAIT);
        assertEquals("before the crash", device.read(pushes.get(0)).getString("body").replaceFirst("^[^:]*: ", ""));
        long until = System.nanoTime() + WAIT.toNanos();
        while (hooksFor(bob).isEmpty() && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        var hook = hooksFor(bob);
        assertEquals(1, hook.size(), "the webhook got the push: " + service.to("hook").size() + " posts");
        assertEquals(bob.id(), hook.get(0).getString("userId"));
        assertEquals(gid, hook.get(0).getString("conversationId"));

        var dee = api.newUser();
        var sentinel = service.device("dee-" + dee.username());
        assertEquals(204, api.put(PushSubscriptionsIT.PATH, dee.token(), sentinel.subscription()).status());
        String other = api.groupOf(ann, List.of(dee), null);
        assertEquals(201, api.post(MessagesIT.messages(other), ann.token(), MessagesIT.text("s-1", "sentinel")).status());
        service.await(sentinel.name(), 1, WAIT);
        assertEquals(1, service.to(device.name()).size(), "one web push, never two");
        assertEquals(1, hooksFor(bob).size(), "one webhook push, never two");
    }

    /**
     * The gateway answers 503 to a push; the test moves the push's first failure a day back (no
     * test waits a day); the next try fails too, and the push is given up: the operator finds it
     * among the dead letters, and the gateway is not asked again.
     */
    @Test
    @Order(2)
    void aWebhookPushThatFailsForADayIsDeadLetteredForTheOperator() throws Exception {
        if (!SERVER.running()) {
            SERVER.start(webhook());
        }
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        service.answerNext("hook", 503, -1);
        service.answerNext("hook", 503, -1);
        assertEquals(201, api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("d-1", "into the void")).status());
        awaitHooks(bob, 1);
        awaitFirstFailure(bob);
        backdateFirstFailure(bob, gid);

        JsonObject letter = awaitDeadLetter(bob);
        assertEquals("chat.push-deliveries", letter.getString("queue"));
        assertTrue(letter.getString("error").contains("failed for a day"), letter.toString());
        assertEquals(2, hooksFor(bob).size(), "the first try and the one after the day: " + hooksFor(bob));
        assertEquals(2, service.to("hook").stream().filter(r -> r.answered() == 503).count());
    }

    private static void awaitHooks(Api.TestUser user, int count) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (hooksFor(user).size() < count) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the webhook got " + hooksFor(user).size() + " pushes for " + user.username());
            }
            Thread.sleep(50);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("chat.it.dbUrl"), "postgres", "");
    }

    /** Waits for the delivery job to record the failure (it commits after the gateway answered). */
    private static void awaitFirstFailure(Api.TestUser user) throws Exception {
        long until = System.nanoTime() + WAIT.toNanos();
        try (var c = database(); var failed = c.prepareStatement("SELECT count(*) FROM push.pending"
                + " WHERE user_id = ? AND channel = 'WEBHOOK' AND first_failed_at IS NOT NULL")) {
            failed.setString(1, user.id());
            while (true) {
                try (var rows = failed.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) == 1) {
                        return;
                    }
                }
                if (System.nanoTime() > until) {
                    throw new AssertionError("no failure recorded for " + user.username());
                }
                Thread.sleep(50);
            }
        }
    }

    private static void backdateFirstFailure(Api.TestUser user, String gid) throws SQLException {
        try (var c = database(); var backdate = c.prepareStatement("UPDATE push.pending"
                + " SET first_failed_at = first_failed_at - interval '25 hours'"
                + " WHERE user_id = ? AND conversation_id = ? AND channel = 'WEBHOOK'")) {
            backdate.setString(1, user.id());
            backdate.setString(2, gid);
            assertEquals(1, backdate.executeUpdate());
        }
    }

    /** The push's dead letter, listed to the operator (the retry comes 5 s after the first failure). */
    private JsonObject awaitDeadLetter(Api.TestUser user) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < until) {
            var letters = api.adminGet("/api/v1/admin/dead-letters?limit=500");
            assertEquals(200, letters.status(), letters.raw());
            for (JsonObject letter : letters.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (letter.getString("payload", "").contains(user.deviceId())) {
                    return letter;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no dead letter for the push to " + user.username());
    }
}
