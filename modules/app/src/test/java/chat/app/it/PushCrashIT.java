package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Offline push across a crash, with the webhook on: the server's JVM halts just after a delivery
 * job took what waits for a device ({@code CHAT_CRASH_AT=push-before-send}); once it is started
 * again the push leaves, once, through Web Push and the webhook alike, and the webhook's signature
 * verifies with the configured secret. Runs in the crash-test execution: it owns the server's process.
 */
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
}
