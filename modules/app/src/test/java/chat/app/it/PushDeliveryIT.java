package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Offline push through Web Push, against a push service the test runs ({@link PushService}): a
 * member with no live connection gets one encrypted push per batch, which the test decrypts with
 * the keys its "browser" made; an online member, a quiet one (unless mentioned) and a logged-out
 * device get none; the service's 503 is retried after its Retry-After, and its 410 removes the
 * subscription.
 *
 * <p>What did not come is known from a later push that did: the server takes intake batches and
 * delivery jobs in the order they were made (one consumer each on this one node: the tests' server
 * runs with {@code CHAT_PUSH_DELIVERY_THREADS=1}), so once a "sentinel" push sent after the message
 * has arrived, any push for the message would have too.
 */
class PushDeliveryIT extends ServerIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private PushService service;

    @BeforeEach
    void startThePushService() throws Exception {
        service = new PushService();
    }

    @AfterEach
    void stopThePushService() {
        service.close();
    }

    private PushService.Device subscribed(Api.TestUser user) {
        var device = service.device(user.username());
        assertEquals(204, api.put(PushSubscriptionsIT.PATH, user.token(), device.subscription()).status());
        return device;
    }

    private void send(Api.TestUser sender, String gid, String clientMsgId, String text) {
        var sent = api.post(MessagesIT.messages(gid), sender.token(), MessagesIT.text(clientMsgId, text));
        assertEquals(201, sent.status(), sent.raw());
    }

    /** Sends to a conversation of the sender with an offline, subscribed user, and waits for that push. */
    private void sentinel(Api.TestUser sender) {
        var dee = api.newUser();
        var device = subscribed(dee);
        String gid = api.groupOf(sender, List.of(dee), null);
        send(sender, gid, "sentinel-" + dee.username(), "sentinel");
        service.await(device.name(), 1, WAIT);
    }

    @Test
    void anOfflineMemberGetsOneEncryptedPushAndAnOnlineOneNone() {
        var ann = api.newUser();
        var bob = api.newUser();
        var cy = api.newUser();
        var bobDevice = subscribed(bob);
        var cyDevice = subscribed(cy);
        String gid = api.groupOf(ann, List.of(bob, cy), null);
        try (Ws online = Ws.connect(api, cy)) {
            send(ann, gid, "p-1", "Lunch at noon?");
            var push = service.await(bobDevice.name(), 1, WAIT).get(0);
            JsonObject notice = bobDevice.read(push);
            assertEquals(gid, notice.getString("conversationId"));
            assertEquals("Team " + ann.username(), notice.getString("title"));
            assertTrue(notice.getString("body").endsWith(": Lunch at noon?"), notice.toString());
            assertEquals(1, notice.getInt("count"));
            assertEquals("/#/c/" + gid, notice.getString("url"));
            assertEquals(List.of("aes128gcm"), push.headers().get("Content-encoding"));
            assertTrue(push.headers().get("Authorization").get(0).startsWith("vapid t="), push.headers().toString());
            assertFalse(push.headers().get("Ttl").isEmpty());
            assertEquals(32, push.headers().get("Topic").get(0).length());
            sentinel(ann);
            assertEquals(List.of(), service.to(cyDevice.name()), "cy is online: the socket tells her");
        }
        assertEquals(1, service.to(bobDevice.name()).size(), "one push, never two");
    }

    @Test
    void aPushTheServiceCannotTakeIsRetriedAfterItsRetryAfterWithWhatCameMeanwhile() {
        var ann = api.newUser();
        var bob = api.newUser();
        var device = subscribed(bob);
        String gid = api.groupOf(ann, List.of(bob), null);
        MetricsPage before = MetricsPage.read(api);
        service.answerNext(device.name(), 503, 1);
        send(ann, gid, "r-1", "one");
        service.await(device.name(), 1, WAIT);
        send(ann, gid, "r-2", "two");
        send(ann, gid, "r-3", "three");
        var pushes = service.await(device.name(), 2, WAIT);
        assertEquals(503, pushes.get(0).answered());
        JsonObject retried = device.read(pushes.get(1));
        assertEquals(3, retried.getInt("count"), "the messages that came while it waited leave with it: " + retried);
        assertEquals("3 new messages in Team " + ann.username(), retried.getString("body"));
        assertEquals(1, device.read(pushes.get(0)).getInt("count"));
        double failed = before.value("chat_pushes_failed_total");
        double sent = before.value("chat_pushes_sent_total");
        MetricsPage after = MetricsPage.awaiting(api, "chat_pushes_sent_total", n -> n > sent);
        assertTrue(after.value("chat_pushes_failed_total") > failed, "the 503 is counted failed: " + after.text);
        assertTrue(after.value("chat_pushes_sent_total") > sent, "the retry is counted sent");
    }

    @Test
    void doNotDisturbStopsPushesButAMentionGoesThrough() {
        var ann = api.newUser();
        var bob = api.newUser();
        var device = subscribed(bob);
        String gid = api.groupOf(ann, List.of(bob), null);
        assertEquals(204, api.put("/api/v1/groups/" + gid + "/settings", bob.token(),
                Json.createObjectBuilder().add("doNotDisturb", true).build()).status());
        send(ann, gid, "q-1", "quiet please");
        sentinel(ann);
        assertEquals(List.of(), service.to(device.name()), "bob asked for quiet");

        var mention = api.post(MessagesIT.messages(gid), ann.token(),
                MentionsIT.mentioning("q-2", "@bob urgent", List.of(bob.id()), false));
        assertEquals(201, mention.status(), mention.raw());
        JsonObject notice = device.read(service.await(device.name(), 1, WAIT).get(0));
        assertTrue(notice.getBoolean("mentioned"));
        assertTrue(notice.getString("body").contains("mentioned you: @bob urgent"), notice.toString());
    }

    @Test
    void aGoneSubscriptionIsRemovedAndALoggedOutDeviceGetsNothing() {
        var ann = api.newUser();
        var bob = api.newUser();
        var cy = api.newUser();
        var bobDevice = subscribed(bob);
        var cyDevice = subscribed(cy);
        String gid = api.groupOf(ann, List.of(bob, cy), null);
        service.answerNext(bobDevice.name(), 410, -1);
        assertEquals(204, api.delete("/api/v1/sessions/current", cy.token()).status());

        send(ann, gid, "g-1", "first");
        service.await(bobDevice.name(), 1, WAIT);
        send(ann, gid, "g-2", "second");
        sentinel(ann);
        assertEquals(1, service.to(bobDevice.name()).size(), "after 410 the subscription is gone");
        assertEquals(List.of(), service.to(cyDevice.name()), "cy logged out: her subscription went with the session");
    }
}
