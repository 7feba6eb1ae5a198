package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Whatever node of the cluster a person's request or socket lands on, they see the same
 * conversation, presence, limits, money and rooms.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT extends ClusterSuite {

    /** The seqs a socket has been told of, gapless from 1 up to {@code last}: notifies, and pulls for any gap. */
    private static List<Long> heldUpTo(Ws socket, String gid, long last) {
        List<Long> held = new ArrayList<>();
        while (held.size() < last) {
            var notify = socket.next(f -> "notify".equals(f.getString("type", "")) && gid.equals(f.getString("groupId")), 20);
            long next = held.size() + 1;
            if (notify.containsKey("items") && notify.getJsonArray("items").getJsonObject(0).getInt("seq") <= next) {
                for (var item : notify.getJsonArray("items").getValuesAs(JsonObject.class)) {
                    if (item.getInt("seq") == held.size() + 1) {
                        held.add((long) item.getInt("seq"));
                    }
                }
            } else if (notify.getInt("seq") >= next) {
                socket.send("{\"type\":\"pull\",\"groupId\":\"" + gid + "\",\"after\":" + held.size() + "}");
                var pulled = socket.next("messages", 20).getJsonArray("items").getValuesAs(JsonObject.class);
                for (var item : pulled) {
                    assertEquals(held.size() + 1, item.getInt("seq"), "a pull answers in seq order from after");
                    held.add((long) item.getInt("seq"));
                }
            }
        }
        return held;
    }

    @Test
    @Order(1)
    void aMessageSentThroughOneNodeReachesSocketsOnTheOthersInOrderWithNoGap() {
        var people = users(3);
        String gid = group(people.get(0), people.subList(1, 3), 10);
        try (Ws ann = Ws.connect(NODE[1], people.get(0)); Ws bob = Ws.connect(NODE[2], people.get(1));
             Ws cat = Ws.connect(NODE[3], people.get(2))) {
            for (int i = 1; i <= 15; i++) {
                ann.send(sendFrame(gid, "order-" + i, "message " + i));
            }
            for (int i = 1; i <= 15; i++) {
                assertEquals(i, ann.next("ack", 20).getInt("seq"));
            }
            List<Long> expected = new ArrayList<>();
            for (long seq = 1; seq <= 15; seq++) {
                expected.add(seq);
            }
            assertEquals(expected, heldUpTo(bob, gid, 15), "node 2");
            assertEquals(expected, heldUpTo(cat, gid, 15), "node 3");
        }
    }

    @Test
    @Order(2)
    void presenceChangesOnOneNodeReachContactsOnAnother() {
        var ann = NODE[1].newUser();
        var bob = NODE[1].newUser();
        NODE[1].makeContacts(ann, bob);
        try (Ws watcher = Ws.connect(NODE[1], bob)) {
            Ws annSocket = Ws.connect(NODE[2], ann);
            watcher.next(f -> "presence".equals(f.getString("event", "")) && ann.id().equals(f.getString("userId"))
                    && f.getBoolean("online"), 20);
            assertTrue(NODE[3].get("/api/v1/presence?userIds=" + ann.id(), bob.token()).json()
                    .getJsonArray("items").getJsonObject(0).getBoolean("online"), "node 3 sees her online too");
            annSocket.close();
            watcher.next(f -> "presence".equals(f.getString("event", "")) && ann.id().equals(f.getString("userId"))
                    && !f.getBoolean("online"), 20);
            assertFalse(NODE[3].get("/api/v1/presence?userIds=" + ann.id(), bob.token()).json()
                    .getJsonArray("items").getJsonObject(0).getBoolean("online"));
        }
    }

    @Test
    @Order(3)
    void thePerSenderRateLimitHoldsAcrossNodes() {
        var people = users(2);
        String gid = group(people.get(0), people.subList(1, 2), 10);
        int stored = 0;
        int refused = 0;
        for (int i = 0; i < RATE_LIMIT + 6; i++) {
            var answer = NODE[1 + i % NODES].post("/api/v1/groups/" + gid + "/messages", people.get(0).token(),
                    MessagesIT.text("rate-" + i, "send " + i));
            if (answer.status() == 201) {
                stored++;
            } else {
                assertEquals(429, answer.status(), answer.raw());
                refused++;
            }
        }
        assertEquals(RATE_LIMIT, stored, "stored within one window, whichever node took the send");
        assertEquals(6, refused);
    }

    @Test
    @Order(4)
    void sixHundredJoinsThroughThreeNodesLeaveAFiveHundredCapGroupWithExactlyFiveHundred() throws Exception {
        var owner = users(1).get(0);
        String gid = group(owner, List.of(), 500);
        var invite = NODE[1].post("/api/v1/groups/" + gid + "/invites", owner.token(), null);
        assertEquals(201, invite.status(), invite.raw());
        String code = invite.json().getString("code");
        var joiners = users(600);
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < joiners.size(); i++) {
                Api node = NODE[1 + i % NODES];
                var joiner = joiners.get(i);
                answers.add(pool.submit(() -> node.post("/api/v1/invites/" + code + "/accept", joiner.token(), null).status()));
            }
            Map<Integer, Integer> byStatus = new HashMap<>();
            for (var answer : answers) {
                byStatus.merge(answer.get(2, TimeUnit.MINUTES), 1, Integer::sum);
            }
            assertEquals(Map.of(200, 499, 409, 101), byStatus, "the owner and 499 joiners fill the 500 seats");
        } finally {
            pool.shutdownNow();
        }
        for (int k = 1; k <= NODES; k++) {
            var listed = NODE[k].get("/api/v1/groups/" + gid, owner.token());
            assertEquals(500, listed.json().getInt("memberCount"), "node " + k + ": " + listed.raw());
        }
    }

    @Test
    @Order(5)
    void aGrabStormSpreadOverThreeNodesPaysOutExactlyTheTotalEachClaimCreditedOnce() throws Exception {
        var people = users(41);
        var sender = people.get(0);
        var grabbers = people.subList(1, 41);
        String gid = group(sender, grabbers, 100);
        Money money = new Money(NODE[1]);
        money.credit(sender, 10_000);
        String packet = money.sent(sender, gid, 10_000, 25);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        Map<String, Long> paid = new ConcurrentHashMap<>();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < grabbers.size(); i++) {
                Money through = new Money(NODE[1 + i % NODES]);
                Money opener = new Money(NODE[1 + (i + 1) % NODES]);
                var grabber = grabbers.get(i);
                done.add(pool.submit(() -> {
                    if (through.grab(grabber, packet).status() == 200) {
                        var opened = opener.open(grabber, packet);
                        assertEquals(200, opened.status(), opened.raw());
                        paid.put(grabber.id(), opened.json().getJsonNumber("amountCents").longValue());
                    }
                }));
            }
            for (var task : done) {
                task.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(25, paid.size(), "25 shares, 25 claims");
        assertEquals(10_000, paid.values().stream().mapToLong(Long::longValue).sum());
        for (var grabber : grabbers) {
            new Money(NODE[1 + ThreadLocalRandom.current().nextInt(NODES)]).awaitBalance(grabber, paid.getOrDefault(grabber.id(), 0L));
        }
        money.assertLedgerBalanced();
    }

    @Test
    @Order(6)
    void aFaceToFaceRoomSeesPeopleEnteringThroughDifferentNodes() {
        var people = users(3);
        String code = String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        double lat = ThreadLocalRandom.current().nextDouble(-60, 60);
        double lon = ThreadLocalRandom.current().nextDouble(-170, 170);
        String roomId = null;
        for (int k = 1; k <= NODES; k++) {
            var joined = NODE[k].post("/api/v1/nearby/rooms", people.get(k - 1).token(), Json.createObjectBuilder()
                    .add("code", code).add("lat", lat + k * 0.00005).add("lon", lon).build());
            assertEquals(200, joined.status(), joined.raw());
            if (roomId != null) {
                assertEquals(roomId, joined.json().getString("roomId"), "one room, whichever node was asked");
            }
            roomId = joined.json().getString("roomId");
            assertEquals(k, joined.json().getJsonArray("members").size(), "node " + k + " sees everyone so far");
        }
        var entered = NODE[2].post("/api/v1/nearby/rooms/" + roomId + "/enter", people.get(0).token(), null);
        assertEquals(200, entered.status(), entered.raw());
        String gid = entered.json().getString("groupId");
        for (int k = 1; k <= NODES; k++) {
            var again = NODE[k].post("/api/v1/nearby/rooms/" + roomId + "/enter", people.get(k - 1).token(), null);
            assertEquals(gid, again.json().getString("groupId"), "node " + k);
        }
        assertEquals(3, NODE[3].get("/api/v1/groups/" + gid, people.get(2).token()).json().getInt("memberCount"));
    }

    @Test
    @Order(7)
    void aReadOnOneDeviceMovesTheUnreadCountAnotherDeviceSeesOnAnotherNode() throws Exception {
        var people = users(2);
        var ann = people.get(0);
        var bob = people.get(1);
        String gid = group(ann, List.of(bob), 10);
        for (int i = 0; i < 5; i++) {
            assertEquals(201, NODE[1].post("/api/v1/groups/" + gid + "/messages", ann.token(),
                    MessagesIT.text("unread-" + i, "hello " + i)).status());
        }
        var bobTablet = NODE[2].admin("/api/v1/admin/users/" + bob.id() + "/sessions", null, Api.ADMIN_KEY).json();
        String tablet = bobTablet.getString("token");
        assertEquals(5, unreadOf(NODE[3], tablet, gid, 5));
        assertEquals(204, NODE[1].put("/api/v1/groups/" + gid + "/read", bob.token(),
                Json.createObjectBuilder().add("seq", 3).build()).status());
        assertEquals(2, unreadOf(NODE[3], tablet, gid, 2), "the other device, on node 3, sees the read");
    }

    @Test
    @Order(8)
    void aWordListedThroughOneNodeIsBlockedOnEveryNodeWithinSeconds() throws Exception {
        var ann = users(1).get(0);
        String gid = group(ann, List.of(), 10);
        var listed = NODE[1].operator("POST", ContentWords.POLICY + "/words", Json.createObjectBuilder().add("words",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("word", "zqxvcluster").add("action", "BLOCK")))
                .build());
        assertEquals(200, listed.status(), listed.raw());
        for (int node = 1; node <= NODES; node++) {
            int status = 0;
            for (int tries = 0; tries < 50 && status != 422; tries++) {
                status = NODE[node].post("/api/v1/groups/" + gid + "/messages", ann.token(),
                        MessagesIT.text("word-" + node + "-" + tries, "Z Q X V cluster")).status();
                if (status != 422) {
                    Thread.sleep(100);
                }
            }
            assertEquals(422, status, "node " + node + " screens with the new list within 5 s");
        }
        assertEquals(204, NODE[3].operator("DELETE", ContentWords.POLICY + "/words?word=zqxvcluster", null).status());
    }

    /** The conversation's unread count once it is the expected one (or the last seen, after 20 s). */
    private static int unreadOf(Api node, String token, String gid, int expected) throws InterruptedException {
        int seen = -1;
        for (int tries = 0; tries < 100 && seen != expected; tries++) {
            for (var item : node.get("/api/v1/unread", token).json().getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (gid.equals(item.getString("groupId"))) {
                    seen = item.getInt("unread");
                }
            }
            if (seen != expected) {
                Thread.sleep(200);
            }
        }
        return seen;
    }
}
