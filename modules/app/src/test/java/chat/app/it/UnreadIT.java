package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** The Unread table and the {@code read} frame: cursors that never move back, counts that stop at 99+. */
class UnreadIT extends ServerIT {

    private static final String PASSWORD = "correct horse battery";

    private static String read(String gid) {
        return "/api/v1/groups/" + gid + "/read";
    }

    private static JsonObject seq(long seq) {
        return Json.createObjectBuilder().add("seq", seq).build();
    }

    private void send(Api.TestUser sender, String gid, int count, String prefix) {
        for (int i = 1; i <= count; i++) {
            var sent = api.post("/api/v1/groups/" + gid + "/messages", sender.token(), MessagesIT.text(prefix + i, "m" + i));
            assertEquals(201, sent.status(), sent.raw());
        }
    }

    /** The caller's unread overview once it satisfies the test (the counts follow the fan-out). */
    private JsonObject unreadOnceThat(Api.TestUser user, Predicate<JsonObject> wanted) {
        JsonObject last = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            var answer = api.get("/api/v1/unread", user.token());
            assertEquals(200, answer.status(), answer.raw());
            last = answer.json();
            if (wanted.test(last)) {
                return last;
            }
            pause(100);
        }
        throw new AssertionError("the unread overview never became what the test waits for: " + last);
    }

    private static Optional<JsonObject> item(JsonObject overview, String gid) {
        return overview.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(i -> i.getString("groupId").equals(gid)).findFirst();
    }

    private static Predicate<JsonObject> unreadIs(String gid, int count) {
        return o -> item(o, gid).map(i -> i.getInt("unread") == count).orElse(false);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void countsStopAt99PlusAndTheCursorNeverMovesBack() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        send(ann, gid, 150, "c-");

        JsonObject full = unreadOnceThat(bob, unreadIs(gid, 100));
        assertEquals("99+", item(full, gid).orElseThrow().getString("display"));
        assertEquals(100, full.getInt("total"));
        assertEquals("99+", full.getString("totalDisplay"));
        // The sender's cursor follows each send off the request thread, just after the commit.
        JsonObject own = unreadOnceThat(ann, unreadIs(gid, 0));
        assertEquals(0, item(own, gid).orElseThrow().getInt("unread"), "a sender's own messages are read");
        assertEquals("0", item(own, gid).orElseThrow().getString("display"));

        assertEquals(204, api.put(read(gid), bob.token(), seq(140)).status());
        JsonObject ten = unreadOnceThat(bob, unreadIs(gid, 10));
        assertEquals("10", item(ten, gid).orElseThrow().getString("display"));
        assertEquals(10, ten.getInt("total"));
        assertEquals("10", ten.getString("totalDisplay"));

        assertEquals(204, api.put(read(gid), bob.token(), seq(5)).status(), "moving back is accepted and ignored");
        assertEquals(10, item(api.get("/api/v1/unread", bob.token()).json(), gid).orElseThrow().getInt("unread"));

        assertEquals(204, api.put(read(gid), bob.token(), seq(1_000_000)).status(), "past the last: clamped to it");
        unreadOnceThat(bob, unreadIs(gid, 0));
        send(ann, gid, 1, "after-");
        unreadOnceThat(bob, unreadIs(gid, 1));
    }

    @Test
    void badReadsAreRefusedAndChangeNothing() {
        var ann = api.newUser();
        var bob = api.newUser();
        var outsider = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        send(ann, gid, 3, "b-");
        unreadOnceThat(bob, unreadIs(gid, 3));

        assertEquals("BAD_REQUEST", api.put(read(gid), bob.token(), Json.createObjectBuilder().add("seq", "two").build()).errorCode());
        assertEquals(400, api.put(read(gid), bob.token(), Json.createObjectBuilder().add("seq", 1.5).build()).status());
        assertEquals(400, api.put(read(gid), bob.token(), seq(-1)).status());
        assertEquals(400, api.put(read(gid), bob.token(), Json.createObjectBuilder().build()).status());
        assertEquals(400, api.put(read(gid), bob.token(), "not json").status());
        assertEquals(404, api.put(read(gid), outsider.token(), seq(3)).status(), "not a member");
        assertEquals(404, api.put(read("no-such-group"), bob.token(), seq(3)).status());
        assertEquals(401, api.put(read(gid), null, seq(3)).status());
        assertEquals(401, api.get("/api/v1/unread", null).status());

        pause(500);
        assertEquals(3, item(api.get("/api/v1/unread", bob.token()).json(), gid).orElseThrow().getInt("unread"));
        assertTrue(item(api.get("/api/v1/unread", outsider.token()).json(), gid).isEmpty());
    }

    @Test
    void aReadFrameIsAnsweredAndClearsTheBadgeOnTheOtherDevice() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        JsonObject second = api.logIn(bob.username(), PASSWORD, null);
        var bobDesktop = new Api.TestUser(bob.id(), bob.username(), second.getString("token"), second.getString("deviceId"));
        send(ann, gid, 12, "f-");
        unreadOnceThat(bob, unreadIs(gid, 12));

        try (Ws phone = Ws.connect(api, bob); Ws desktop = Ws.connect(api, bobDesktop)) {
            phone.send("{\"type\":\"read\",\"groupId\":\"" + gid + "\",\"seq\":9}");
            JsonObject answer = phone.next(f -> "conversation.read".equals(f.getString("event", "")), 10);
            assertEquals(gid, answer.getString("groupId"));
            assertEquals(9, answer.getInt("seq"));
            assertEquals(3, answer.getInt("unread"));
            assertEquals("3", answer.getString("display"));
            JsonObject event = desktop.next(f -> "conversation.read".equals(f.getString("event", "")), 10);
            assertEquals(9, event.getInt("seq"));
            assertEquals(3, event.getInt("unread"));
            assertEquals(3, item(api.get("/api/v1/unread", bobDesktop.token()).json(), gid).orElseThrow().getInt("unread"));

            phone.send("{\"type\":\"read\",\"groupId\":\"" + gid + "\",\"seq\":4}");
            JsonObject unmoved = phone.next(f -> "conversation.read".equals(f.getString("event", "")), 10);
            assertEquals(9, unmoved.getInt("seq"), "the answer tells where the cursor stands");

            phone.send("{\"type\":\"read\",\"groupId\":\"" + gid + "\"}");
            assertEquals("BAD_REQUEST", phone.next("error", 10).getString("code"));
            phone.send("{\"type\":\"read\",\"groupId\":\"" + gid + "\",\"seq\":\"x\"}");
            assertEquals("BAD_REQUEST", phone.next("error", 10).getString("code"));
            phone.send("{\"type\":\"read\",\"groupId\":\"not-mine\",\"seq\":1}");
            assertEquals("NOT_FOUND", phone.next("error", 10).getString("code"));
            phone.send("{\"type\":\"ping\"}");
            phone.next("pong", 10);
        }
        assertEquals(3, item(api.get("/api/v1/unread", bob.token()).json(), gid).orElseThrow().getInt("unread"));
    }

    @Test
    void sendingReadsEverythingUpToTheSendersMessage() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        send(ann, gid, 7, "s-");
        unreadOnceThat(bob, unreadIs(gid, 7));
        try (Ws bobSocket = Ws.connect(api, bob)) {
            send(bob, gid, 1, "reply-");
            JsonObject event = bobSocket.next(f -> "conversation.read".equals(f.getString("event", "")), 10);
            assertEquals(8, event.getInt("seq"));
            assertEquals(0, event.getInt("unread"));
        }
        unreadOnceThat(bob, unreadIs(gid, 0));
        unreadOnceThat(ann, unreadIs(gid, 1));
    }

    @Test
    void aJoinerStartsWithNothingFromBeforeAndLeaversAndDisbandedGroupsDropOut() {
        var ann = api.newUser();
        var bob = api.newUser();
        var cid = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        send(ann, gid, 20, "j-");
        api.makeContacts(ann, cid);
        var added = api.post("/api/v1/groups/" + gid + "/members", ann.token(),
                Json.createObjectBuilder().add("userIds", Json.createArrayBuilder().add(cid.id())).build());
        assertEquals(200, added.status(), added.raw());

        // The join becomes a SYSTEM message after it: that one is the joiner's only unread message.
        JsonObject joined = unreadOnceThat(cid, unreadIs(gid, 1));
        assertEquals(1, joined.getInt("total"));
        var history = api.get("/api/v1/groups/" + gid + "/messages?after=20", cid.token()).json().getJsonArray("items");
        assertEquals(1, history.size());
        assertEquals("SYSTEM", history.getJsonObject(0).getString("type"));

        assertEquals(204, api.delete("/api/v1/groups/" + gid + "/members/" + bob.id(), bob.token()).status());
        assertFalse(item(api.get("/api/v1/unread", bob.token()).json(), gid).isPresent(), "a leaver's list drops it");
        assertEquals(404, api.put(read(gid), bob.token(), seq(1)).status());

        assertEquals(204, api.delete("/api/v1/groups/" + gid, ann.token()).status());
        assertTrue(item(api.get("/api/v1/unread", cid.token()).json(), gid).isEmpty(), "a disbanded group drops out");
        assertEquals(0, api.get("/api/v1/unread", cid.token()).json().getInt("total"));
    }
}
