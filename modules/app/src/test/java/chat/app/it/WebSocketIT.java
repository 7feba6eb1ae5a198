package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code /ws}: tickets, ping/pong, error frames, and presence going online and offline. */
class WebSocketIT extends ServerIT {

    private static final int POLICY_VIOLATION = 1008;

    @Test
    void aTicketOpensTheSocketAndPingsArePonged() {
        var user = api.newUser();
        try (Ws ws = Ws.connect(api, user)) {
            ws.send("{\"type\":\"ping\"}");
            assertEquals("pong", ws.next("pong", 10).getString("type"));
        }
    }

    @Test
    void aMalformedFrameGetsAnErrorAndTheConnectionStaysOpen() {
        var user = api.newUser();
        try (Ws ws = Ws.connect(api, user)) {
            ws.send("this is not json");
            var error = ws.next("error", 10);
            assertEquals("BAD_REQUEST", error.getString("code"));
            ws.send("[1,2,3]");
            assertEquals("BAD_REQUEST", ws.next("error", 10).getString("code"));
            ws.send("{\"type\":\"no-such-frame\"}");
            assertTrue(ws.next("error", 10).getString("message").contains("no-such-frame"));
            ws.send("{\"type\":\"ping\"}");
            ws.next("pong", 10);
            assertFalse(ws.isClosed());
        }
    }

    @Test
    void aTicketWorksOnce() {
        var user = api.newUser();
        String ticket = api.post("/api/v1/ws-tickets", user.token(), null).json().getString("ticket");
        try (Ws first = Ws.open(ticket)) {
            first.send("{\"type\":\"ping\"}");
            first.next("pong", 10);
            try (Ws second = Ws.open(ticket)) {
                assertEquals(POLICY_VIOLATION, second.closeCode(10));
            }
        }
    }

    @Test
    void noTicketOrAnUnknownOneIsRefused() {
        try (Ws none = Ws.open(null)) {
            assertEquals(POLICY_VIOLATION, none.closeCode(10));
        }
        try (Ws unknown = Ws.open("made-up-ticket")) {
            assertEquals(POLICY_VIOLATION, unknown.closeCode(10));
        }
    }

    @Test
    void aTicketExpiresAfterItsLifespan() throws InterruptedException {
        var user = api.newUser();
        var ticket = api.post("/api/v1/ws-tickets", user.token(), null);
        assertEquals(201, ticket.status());
        Thread.sleep(6_500); // the test server's tickets live 5 s (CHAT_WS_TICKET_TTL_SECONDS)
        try (Ws late = Ws.open(ticket.json().getString("ticket"))) {
            assertEquals(POLICY_VIOLATION, late.closeCode(10));
        }
    }

    @Test
    void contactsSeePresenceComeAndGo() {
        var ann = api.newUser();
        var bob = api.newUser();
        api.makeContacts(ann, bob);

        try (Ws bobSocket = Ws.connect(api, bob)) {
            Ws annSocket = Ws.connect(api, ann);
            var online = bobSocket.next(f -> "presence".equals(f.getString("event", ""))
                    && ann.id().equals(f.getString("userId")) && f.getBoolean("online"), 10);
            assertTrue(online.containsKey("lastSeenAt"));
            assertTrue(api.get("/api/v1/presence?userIds=" + ann.id(), bob.token())
                    .json().getJsonArray("items").getJsonObject(0).getBoolean("online"));
            assertTrue(api.get("/api/v1/devices", ann.token()).json().getJsonArray("items")
                    .getJsonObject(0).getBoolean("online"));

            annSocket.close();
            bobSocket.next(f -> "presence".equals(f.getString("event", ""))
                    && ann.id().equals(f.getString("userId")) && !f.getBoolean("online"), 10);
            assertFalse(api.get("/api/v1/presence?userIds=" + ann.id(), bob.token())
                    .json().getJsonArray("items").getJsonObject(0).getBoolean("online"));
        }
    }

    @Test
    void aSilentClientIsClosedAndGoesOffline() {
        var ann = api.newUser();
        var bob = api.newUser();
        api.makeContacts(ann, bob);
        try (Ws bobSocket = Ws.connect(api, bob); Ws silent = Ws.connect(api, ann)) {
            bobSocket.next(f -> "presence".equals(f.getString("event", "")) && f.getBoolean("online")
                    && ann.id().equals(f.getString("userId")), 10);
            // Bob keeps pinging; Ann says nothing for longer than the test server's 10 s window.
            for (int i = 0; i < 7; i++) {
                bobSocket.send("{\"type\":\"ping\"}");
                sleep(2_000);
            }
            assertTrue(silent.closeCode(10) > 0);
            bobSocket.next(f -> "presence".equals(f.getString("event", "")) && !f.getBoolean("online")
                    && ann.id().equals(f.getString("userId")), 10);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
