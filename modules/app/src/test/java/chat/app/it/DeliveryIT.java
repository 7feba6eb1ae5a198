package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Send, ack, notify and pull over the WebSocket, to every device of every member. */
class DeliveryIT extends ServerIT {

    private static String send(String gid, String clientMsgId, String text) {
        return "{\"type\":\"send\",\"clientMsgId\":\"" + clientMsgId + "\",\"groupId\":\"" + gid
                + "\",\"msgType\":\"TEXT\",\"text\":\"" + text + "\"}";
    }

    @Test
    void aSentMessageIsAckedAndNotifiedToEveryMemberDevice() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        String annSecondDevice = api.logIn(ann.username(), "correct horse battery", "tablet").getString("token");
        try (Ws annSocket = Ws.connect(api, ann); Ws bobSocket = Ws.connect(api, bob);
             Ws annTablet = Ws.connect(api, new Api.TestUser(ann.id(), ann.username(), annSecondDevice, "tablet"))) {
            annSocket.send(send(gid, "w-1", "hi bob"));
            var ack = annSocket.next("ack", 10);
            assertEquals("w-1", ack.getString("clientMsgId"));
            assertEquals(1, ack.getInt("seq"));
            for (Ws ws : List.of(bobSocket, annTablet)) {
                var notify = ws.next("notify", 10);
                assertEquals(gid, notify.getString("groupId"));
                assertEquals(1, notify.getInt("seq"));
                assertEquals("hi bob", notify.getJsonArray("items").getJsonObject(0).getString("text"));
            }
            annSocket.send(send(gid, "w-1", "hi bob"));
            assertEquals(1, annSocket.next("ack", 10).getInt("seq"), "a resent frame gets the same ack");

            bobSocket.send("{\"type\":\"pull\",\"groupId\":\"" + gid + "\",\"after\":0}");
            var pulled = bobSocket.next("messages", 10);
            assertEquals(1, pulled.getJsonArray("items").size());
        }
    }

    @Test
    void aSendRetriedAfterAReconnectIsStoredOnce() {
        var ann = api.newUser();
        String gid = api.groupOf(ann, List.of(), null);
        try (Ws first = Ws.connect(api, ann)) {
            first.send(send(gid, "lost-ack", "once"));
            assertEquals(1, first.next("ack", 10).getInt("seq"));
        }
        try (Ws again = Ws.connect(api, ann)) {
            again.send(send(gid, "lost-ack", "once"));
            assertEquals(1, again.next("ack", 10).getInt("seq"));
        }
        assertEquals(1, api.get("/api/v1/groups/" + gid + "/messages", ann.token()).json().getJsonArray("items").size());
    }

    /**
     * How many notifies a burst becomes depends on timing (ADR 0014: a notify leaves at once when
     * the connection is idle, and merges with the next only while a write is in flight), so this
     * checks what always holds: each notify brings the member past what it held, in order, and no
     * notify is spent on nothing. That a busy connection merges them is OutgoingQueueTest's.
     */
    @Test
    void aBurstIsNotifiedInOrderAndNoNotifyIsSpentOnNothing() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        try (Ws annSocket = Ws.connect(api, ann); Ws bobSocket = Ws.connect(api, bob)) {
            for (int i = 1; i <= 30; i++) {
                annSocket.send(send(gid, "b-" + i, "burst " + i));
            }
            long held = 0;
            int notifies = 0;
            while (held < 30) {
                var notify = bobSocket.next("notify", 10);
                notifies++;
                assertTrue(notify.getInt("seq") > held, "a notify of seq " + notify.getInt("seq") + " after " + held + " was held");
                if (notify.containsKey("items")) {
                    var items = notify.getJsonArray("items");
                    assertEquals(notify.getInt("seq"), items.getJsonObject(items.size() - 1).getInt("seq"));
                    if (items.getJsonObject(0).getInt("seq") == held + 1) {
                        held = notify.getInt("seq");
                        continue;
                    }
                }
                bobSocket.send("{\"type\":\"pull\",\"groupId\":\"" + gid + "\",\"after\":" + held + "}");
                var pulled = bobSocket.next("messages", 10).getJsonArray("items");
                held = pulled.getJsonObject(pulled.size() - 1).getInt("seq");
            }
            assertEquals(30, held);
            assertTrue(notifies <= 30, "30 messages in a burst came as " + notifies + " notifies");
        }
    }

    @Test
    void badSendFramesGetErrorsAndTheConnectionStaysOpen() {
        var ann = api.newUser();
        var outsider = api.newUser();
        String gid = api.groupOf(ann, List.of(), null);
        try (Ws ws = Ws.connect(api, outsider)) {
            ws.send(send(gid, "x-1", "let me in"));
            var error = ws.next("error", 10);
            assertEquals("x-1", error.getString("clientMsgId"));
            assertEquals("NOT_FOUND", error.getString("code"));
            ws.send("{\"type\":\"send\",\"groupId\":\"" + gid + "\"}");
            assertEquals("BAD_REQUEST", ws.next("error", 10).getString("code"));
            ws.send("{\"type\":\"pull\",\"groupId\":\"" + gid + "\",\"after\":0}");
            assertEquals("NOT_FOUND", ws.next("error", 10).getString("code"));
            ws.send("{\"type\":\"ping\"}");
            ws.next("pong", 10);
        }
        assertEquals(0, api.get("/api/v1/groups/" + gid + "/messages", ann.token()).json().getJsonArray("items").size());
    }

    @Test
    void aDeviceThatComesBackCatchesUpFromLastSeq() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/groups/" + gid + "/messages", ann.token(), MessagesIT.text("o-" + i, "while away " + i));
        }
        var listed = api.get("/api/v1/groups", bob.token()).json().getJsonArray("items").getJsonObject(0);
        assertEquals(3, listed.getInt("lastSeq"));
        try (Ws bobSocket = Ws.connect(api, bob)) {
            bobSocket.send("{\"type\":\"pull\",\"groupId\":\"" + gid + "\",\"after\":1,\"until\":3}");
            var pulled = bobSocket.next("messages", 10).getJsonArray("items");
            assertEquals(2, pulled.size());
            assertEquals(2, pulled.getJsonObject(0).getInt("seq"));
        }
    }

    @Test
    void aNewMemberIsNotifiedAtOnceAndALeaverNoMore() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(), null);
        api.makeContacts(ann, bob);
        try (Ws bobSocket = Ws.connect(api, bob)) {
            api.post("/api/v1/groups/" + gid + "/members", ann.token(),
                    jakarta.json.Json.createObjectBuilder().add("userIds", jakarta.json.Json.createArrayBuilder().add(bob.id())).build());
            bobSocket.next(f -> "member.joined".equals(f.getString("event", "")), 10);
            api.post("/api/v1/groups/" + gid + "/messages", ann.token(), MessagesIT.text("j-1", "welcome"));
            var notify = bobSocket.next(f -> "notify".equals(f.getString("type")) && f.containsKey("items")
                    && "welcome".equals(f.getJsonArray("items").getJsonObject(0).getString("text", "")), 10);
            assertEquals("TEXT", notify.getJsonArray("items").getJsonObject(0).getString("type"));

            api.delete("/api/v1/groups/" + gid + "/members/" + bob.id(), bob.token());
            bobSocket.next(f -> "member.left".equals(f.getString("event", "")), 10);
            api.post("/api/v1/groups/" + gid + "/messages", ann.token(), MessagesIT.text("j-2", "bye"));
            bobSocket.send("{\"type\":\"ping\"}");
            var next = bobSocket.next(f -> !"event".equals(f.getString("type")), 10);
            assertTrue("pong".equals(next.getString("type")), "no notify after leaving: " + next);
        }
    }
}
