package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;

/**
 * Acknowledged messages survive a restart of the application, with its embedded broker and
 * cache: the test deploys the WAR itself, stops it, and starts it again.
 */
class RestartIT extends RestartableServerIT {

    @Test
    void acknowledgedMessagesAndTokensSurviveARestart() {
        deployer.deploy(WAR);
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        for (int i = 1; i <= 5; i++) {
            assertEquals(201, api.post("/api/v1/groups/" + gid + "/messages", ann.token(),
                    MessagesIT.text("before-" + i, "acked " + i)).status());
        }
        deployer.undeploy(WAR);
        assertEquals(404, api.get("/api/v1/users/me", ann.token()).status(), "the application is down");
        deployer.deploy(WAR);
        try {
            var read = api.get("/api/v1/groups/" + gid + "/messages?after=0", bob.token());
            assertEquals(200, read.status(), read.raw());
            assertEquals(5, read.json().getJsonArray("items").size());
            var next = api.post("/api/v1/groups/" + gid + "/messages", ann.token(), MessagesIT.text("after-1", "still here"));
            assertEquals(6, next.json().getInt("seq"), next.raw());
            assertEquals(200, api.post("/api/v1/groups/" + gid + "/messages", ann.token(),
                    MessagesIT.text("before-3", "acked 3")).status(), "a retry after the restart finds the message");
        } finally {
            deployer.undeploy(WAR);
        }
    }

    @Test
    void readCursorsSurviveARestart() throws Exception {
        deployer.deploy(WAR);
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        for (int i = 1; i <= 9; i++) {
            assertEquals(201, api.post("/api/v1/groups/" + gid + "/messages", ann.token(),
                    MessagesIT.text("r-" + i, "m " + i)).status());
        }
        // One cursor moves over REST and one (in another conversation) by a frame, just before the stop.
        String direct = api.post("/api/v1/direct", ann.token(), Json.createObjectBuilder().add("userId", bob.id()).build())
                .json().getString("id");
        for (int i = 1; i <= 4; i++) {
            assertEquals(201, api.post("/api/v1/groups/" + direct + "/messages", ann.token(),
                    MessagesIT.text("d-" + i, "d " + i)).status());
        }
        assertEquals(204, api.put("/api/v1/groups/" + gid + "/read", bob.token(),
                Json.createObjectBuilder().add("seq", 6).build()).status());
        try (Ws socket = Ws.connect(api, bob)) {
            socket.send("{\"type\":\"read\",\"groupId\":\"" + direct + "\",\"seq\":3}");
            socket.next(f -> "conversation.read".equals(f.getString("event", "")), 10);
        }
        deployer.undeploy(WAR);
        deployer.deploy(WAR);
        try {
            // A move still queued at the stop is written by the restarted flush, a moment after the start.
            var counts = new java.util.HashMap<String, Integer>();
            for (int attempt = 0; attempt < 50 && !counts.equals(Map.of(gid, 3, direct, 1)); attempt++) {
                Thread.sleep(attempt == 0 ? 0 : 100);
                var unread = api.get("/api/v1/unread", bob.token());
                assertEquals(200, unread.status(), unread.raw());
                unread.json().getJsonArray("items").forEach(v -> counts.put(v.asJsonObject().getString("groupId"),
                        v.asJsonObject().getInt("unread")));
            }
            assertEquals(Map.of(gid, 3, direct, 1), counts);
        } finally {
            deployer.undeploy(WAR);
        }
    }
}
