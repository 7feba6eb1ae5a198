package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** One direct chat per pair of contacts, whoever asks and however many ask at once. */
class DirectChatsIT extends ServerIT {

    private static JsonObject with(Api.TestUser user) {
        return Json.createObjectBuilder().add("userId", user.id()).build();
    }

    @Test
    void bothSidesGetTheSameChat() {
        var ann = api.newUser();
        var bob = api.newUser();
        api.makeContacts(ann, bob);
        var first = api.post("/api/v1/direct", ann.token(), with(bob));
        assertEquals(201, first.status(), first.raw());
        assertEquals("DIRECT", first.json().getString("kind"));
        assertEquals(2, first.json().getInt("memberCount"));
        var again = api.post("/api/v1/direct", ann.token(), with(bob));
        assertEquals(200, again.status());
        var fromBob = api.post("/api/v1/direct", bob.token(), with(ann));
        assertEquals(first.json().getString("id"), again.json().getString("id"));
        assertEquals(first.json().getString("id"), fromBob.json().getString("id"));
        var listed = api.get("/api/v1/groups", bob.token()).json().getJsonArray("items").getJsonObject(0);
        assertEquals(ann.id(), listed.getString("peerId"));
        var invite = api.post("/api/v1/groups/" + first.json().getString("id") + "/invites", ann.token(), null);
        assertEquals(403, invite.status());
    }

    @Test
    void aChatOpenedWhileBothAreConnectedReachesTheirSocketsAtOnce() {
        var ann = api.newUser();
        var bob = api.newUser();
        api.makeContacts(ann, bob);
        try (Ws annSocket = Ws.connect(api, ann); Ws bobSocket = Ws.connect(api, bob)) {
            String id = api.post("/api/v1/direct", ann.token(), with(bob)).json().getString("id");
            var joined = bobSocket.next(f -> "member.joined".equals(f.getString("event", "")), 10);
            assertEquals(id, joined.getString("groupId"), "Bob learns of the chat without asking");
            annSocket.send(Json.createObjectBuilder().add("type", "send").add("clientMsgId", "hello-" + id)
                    .add("groupId", id).add("msgType", "TEXT").add("text", "Hi Bob").build().toString());
            var notify = bobSocket.next(f -> "notify".equals(f.getString("type", "")), 10);
            assertEquals(id, notify.getString("groupId"));
            assertEquals(1, notify.getInt("seq"));
        }
    }

    @Test
    void onlyContactsChatDirectly() {
        var ann = api.newUser();
        var stranger = api.newUser();
        assertEquals("NOT_A_CONTACT", api.post("/api/v1/direct", ann.token(), with(stranger)).errorCode());
        assertEquals(400, api.post("/api/v1/direct", ann.token(), with(ann)).status());
        assertEquals(400, api.post("/api/v1/direct", ann.token(), Json.createObjectBuilder().add("userId", "nobody").build()).status());
    }

    @Test
    void simultaneousOpensMakeOneChat() throws Exception {
        var ann = api.newUser();
        var bob = api.newUser();
        api.makeContacts(ann, bob);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Api.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            boolean fromAnn = i % 2 == 0;
            answers.add(pool.submit(() -> {
                start.await();
                return fromAnn ? api.post("/api/v1/direct", ann.token(), with(bob))
                        : api.post("/api/v1/direct", bob.token(), with(ann));
            }));
        }
        start.countDown();
        Set<String> ids = new HashSet<>();
        int created = 0;
        for (var answer : answers) {
            var a = answer.get();
            ids.add(a.json().getString("id"));
            created += a.status() == 201 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, ids.size());
        assertEquals(1, created);
        assertEquals(1, api.get("/api/v1/groups", ann.token()).json().getJsonArray("items").size());
    }
}
