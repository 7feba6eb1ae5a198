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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import chat.client.ApiException;
import chat.client.api.WalletApi;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** The red packets and wallet table: every row, every error code, and a grab storm. The ledger check ends each test. */
class RedPacksIT extends ServerIT {

    private final Money money = new Money(api);

    @AfterEach
    void ledgerBalances() {
        money.assertLedgerBalanced();
    }

    @Test
    void topUpsAndOperatorCreditsHappenOncePerClientId() {
        var ann = api.newUser();
        assertEquals(0, money.balance(ann));
        JsonObject topUp = Json.createObjectBuilder().add("amountCents", 500).add("clientId", "t-1").build();
        var first = api.post("/api/v1/wallet/topups", ann.token(), topUp);
        assertEquals(201, first.status(), first.raw());
        assertEquals(500, first.json().getInt("balanceCents"));
        assertEquals(200, api.post("/api/v1/wallet/topups", ann.token(), topUp).status(), "a retry finds the top-up");
        assertEquals(500, money.balance(ann));

        assertEquals(400, api.post("/api/v1/wallet/topups", ann.token(),
                Json.createObjectBuilder().add("amountCents", 0).add("clientId", "t-2").build()).status());
        assertEquals(400, api.post("/api/v1/wallet/topups", ann.token(),
                Json.createObjectBuilder().add("amountCents", 10).build()).status());
        assertEquals(400, api.post("/api/v1/wallet/topups", ann.token(),
                Json.createObjectBuilder().add("amountCents", "ten").add("clientId", "t-3").build()).status());
        assertEquals(401, api.post("/api/v1/wallet/topups", null, topUp).status());
        assertEquals(401, api.get("/api/v1/wallet", null).status());

        JsonObject credit = Json.createObjectBuilder().add("amountCents", 10_000).add("clientId", "budget-2026").build();
        String path = "/api/v1/admin/wallets/" + ann.id() + "/credits";
        assertEquals(201, api.admin(path, credit, Api.ADMIN_KEY).status());
        assertEquals(200, api.admin(path, credit, Api.ADMIN_KEY).status());
        assertEquals(401, api.admin(path, credit, null).status());
        assertEquals(401, api.admin(path, credit, "wrong-key").status());
        assertEquals(404, api.admin("/api/v1/admin/wallets/nobody/credits", credit, Api.ADMIN_KEY).status());
        assertEquals(400, api.admin(path, Json.createObjectBuilder().add("amountCents", -5).add("clientId", "x").build(),
                Api.ADMIN_KEY).status());
        assertEquals(10_500, money.balance(ann));
        assertEquals(401, api.get("/api/v1/admin/ledger/check", ann.token()).status(), "a user token opens no admin call");
    }

    @Test
    void aPacketMovesTheMoneyToEscrowOnceAndIsAnnouncedInTheConversation() {
        var ann = api.newUser();
        var bob = api.newUser();
        var cat = api.newUser();
        var outsider = api.newUser();
        String gid = api.groupOf(ann, List.of(bob, cat), null);

        var broke = money.send(ann, gid, 300, 3, "p-0");
        assertEquals(409, broke.status(), broke.raw());
        assertEquals("INSUFFICIENT_FUNDS", broke.errorCode());
        assertEquals(0, api.get("/api/v1/groups/" + gid + "/messages?after=0", bob.token()).json()
                .getJsonArray("items").stream().filter(m -> m.asJsonObject().getString("type").equals("REDPACK")).count(),
                "a refused packet leaves no message");

        money.credit(ann, 1_000);
        assertEquals(400, money.send(ann, gid, 2, 3, "p-1").status(), "less than a cent per share");
        assertEquals(400, money.send(ann, gid, 300, 0, "p-2").status());
        assertEquals(400, money.send(ann, gid, 300, 4, "p-3").status(), "more shares than members");
        assertEquals(400, money.send(ann, gid, 300, 3, "").status(), "a clientId is required");
        assertEquals(404, money.send(outsider, gid, 300, 3, "p-4").status());
        assertEquals(1_000, money.balance(ann), "refused packets move nothing");

        var sent = money.send(ann, gid, 300, 3, "p-5");
        assertEquals(201, sent.status(), sent.raw());
        JsonObject packet = sent.json();
        assertEquals(gid, packet.getString("groupId"));
        assertEquals(ann.id(), packet.getString("senderId"));
        assertEquals(300, packet.getInt("totalCents"));
        assertEquals(3, packet.getInt("count"));
        assertTrue(packet.containsKey("expiresAt"));
        var retried = money.send(ann, gid, 300, 3, "p-5");
        assertEquals(200, retried.status());
        assertEquals(packet.getString("id"), retried.json().getString("id"));
        assertEquals(700, money.balance(ann), "debited once");

        var redpacks = api.get("/api/v1/groups/" + gid + "/messages?after=0", bob.token()).json().getJsonArray("items")
                .stream().map(v -> v.asJsonObject()).filter(m -> m.getString("type").equals("REDPACK")).toList();
        assertEquals(1, redpacks.size());
        assertEquals(packet.getString("id"), redpacks.get(0).getJsonObject("redpack").getString("id"));
        assertEquals("Happy new year", redpacks.get(0).getString("text"));
        assertEquals(ann.id(), redpacks.get(0).getString("senderId"));
    }

    @Test
    void twoSendsWithOneClientIdAtOnceAnswer201And200WithTheSamePacketAndDebitOnce() throws Exception {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        int rounds = 15;
        money.credit(ann, 100L * rounds);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                String clientId = "twice-" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Api.Answer>> answers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return money.send(ann, gid, 100, 1, clientId);
                    }));
                }
                start.countDown();
                Api.Answer first = answers.get(0).get();
                Api.Answer second = answers.get(1).get();
                assertEquals(List.of(200, 201), List.of(first.status(), second.status()).stream().sorted().toList(),
                        first.raw() + " / " + second.raw());
                assertEquals(first.json().getString("id"), second.json().getString("id"));
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(0, money.balance(ann), "each packet was debited once");
        assertEquals(rounds, api.get("/api/v1/groups/" + gid + "/messages?after=0&limit=200", bob.token()).json()
                .getJsonArray("items").stream().filter(m -> m.asJsonObject().getString("type").equals("REDPACK")).count(),
                "one announcement per packet");
    }

    @Test
    void grabThenOpenGivesEachMemberOneShareAndTheirWalletTheMoney() throws ApiException {
        var ann = api.newUser();
        var bob = api.newUser();
        var cat = api.newUser();
        var dan = api.newUser();
        var outsider = api.newUser();
        String gid = api.groupOf(ann, List.of(bob, cat, dan), null);
        money.credit(ann, 1_000);
        String id = money.sent(ann, gid, 500, 2);

        assertEquals(404, money.grab(outsider, id).status(), "not in the conversation");
        assertEquals(404, money.open(outsider, id).status());
        assertEquals(404, api.get("/api/v1/redpacks/" + id, outsider.token()).status());
        assertEquals(404, money.grab(bob, "no-such-packet").status());
        assertEquals(401, api.post("/api/v1/redpacks/" + id + "/grab", null, null).status());
        var early = money.open(bob, id);
        assertEquals(409, early.status());
        assertEquals("NOT_GRABBED", early.errorCode());

        try (Ws catSocket = Ws.connect(api, cat)) {
            // Bob's grab and open through the generated client, as another app would make them.
            var bobsWallet = new WalletApi(GeneratedClient.as(bob));
            assertTrue(bobsWallet.grabRedPacket(id).getGranted());
            assertEquals("ALREADY_GRABBED", money.grab(bob, id).errorCode());
            long bobs = bobsWallet.openRedPacket(id).getAmountCents();
            assertTrue(bobs >= 1 && bobs <= 499, "bob got " + bobs);
            assertEquals(bobs, money.open(bob, id).json().getJsonNumber("amountCents").longValue(), "the same on a retry");
            assertEquals("ALREADY_GRABBED", money.grab(bob, id).errorCode());

            JsonObject claimed = catSocket.next(f -> "redpack.claimed".equals(f.getString("event", "")), 10);
            assertEquals(id, claimed.getString("packetId"));
            assertEquals(bob.id(), claimed.getString("userId"));

            assertEquals(200, money.grab(ann, id).status(), "the sender may grab in a group");
            long anns = money.open(ann, id).json().getJsonNumber("amountCents").longValue();
            assertEquals(500, bobs + anns, "the last share is the exact remainder");
            var soldOut = money.grab(cat, id);
            assertEquals(409, soldOut.status());
            assertEquals("SOLD_OUT", soldOut.errorCode());

            money.awaitBalance(bob, bobs);
            money.awaitBalance(ann, 500 + anns);
            JsonObject view = money.view(dan, id);
            assertEquals(0, view.getInt("remainingCents"));
            assertEquals(0, view.getInt("remainingCount"));
            assertEquals("FINISHED", view.getString("status"));
            Map<String, Long> claims = new HashMap<>();
            view.getJsonArray("claims").forEach(c -> claims.put(c.asJsonObject().getString("userId"),
                    c.asJsonObject().getJsonNumber("amountCents").longValue()));
            assertEquals(Map.of(bob.id(), bobs, ann.id(), anns), claims);
        }
    }

    @Test
    void aDirectChatsPacketIsForTheOtherPerson() {
        var ann = api.newUser();
        var bob = api.newUser();
        api.makeContacts(ann, bob);
        String direct = api.post("/api/v1/direct", ann.token(), Json.createObjectBuilder().add("userId", bob.id()).build())
                .json().getString("id");
        money.credit(ann, 100);
        assertEquals(400, money.send(ann, direct, 100, 2, "d-1").status(), "one share in a direct chat");
        String id = money.sent(ann, direct, 88, 1);
        var own = money.grab(ann, id);
        assertEquals(403, own.status());
        assertEquals("NOT_ALLOWED", own.errorCode());
        assertEquals(200, money.grab(bob, id).status());
        assertEquals(88, money.open(bob, id).json().getInt("amountCents"));
        money.awaitBalance(bob, 88);
        assertEquals(12, money.balance(ann));
    }

    @Test
    void anExpiredPacketRefundsWhatWasNotClaimedOnce() {
        var ann = api.newUser();
        var bob = api.newUser();
        var cat = api.newUser();
        String gid = api.groupOf(ann, List.of(bob, cat), null);
        money.credit(ann, 1_000);
        String id = money.sent(ann, gid, 600, 3);
        assertEquals(200, money.grab(bob, id).status());
        long bobs = money.open(bob, id).json().getJsonNumber("amountCents").longValue();

        // The test server's packets expire after 30 s (CHAT_REDPACK_TTL_SECONDS), swept every 2 s.
        money.awaitBalance(ann, 400 + 600 - bobs);
        JsonObject view = money.view(cat, id);
        assertEquals("EXPIRED", view.getString("status"));
        assertEquals(600 - bobs, view.getInt("refundedCents"));
        assertEquals(0, view.getInt("remainingCents"));
        var late = money.grab(cat, id);
        assertEquals(409, late.status());
        assertEquals("EXPIRED", late.errorCode());
        Money.pause(4_000);
        assertEquals(400 + 600 - bobs, money.balance(ann), "refunded once, whatever the sweeps");
    }

    @Test
    void aStormOf150GrabbersOnAHundredSharesMakesExactlyAHundredClaims() throws Exception {
        Money.Storm storm = money.storm(150, 10_000, 100);
        Api.TestUser sender = storm.sender();
        List<Api.TestUser> grabbers = storm.grabbers();
        String id = storm.packetId();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<Long>> outcomes = new ArrayList<>();
        for (Api.TestUser grabber : grabbers) {
            outcomes.add(pool.submit(() -> {
                start.await();
                var grab = money.grab(grabber, id);
                if (grab.status() != 200) {
                    assertEquals("SOLD_OUT", grab.errorCode(), grab.raw());
                    return 0L;
                }
                var open = money.open(grabber, id);
                assertEquals(200, open.status(), open.raw());
                return open.json().getJsonNumber("amountCents").longValue();
            }));
        }
        start.countDown();
        Map<Api.TestUser, Long> won = new HashMap<>();
        for (int i = 0; i < grabbers.size(); i++) {
            long amount = outcomes.get(i).get();
            if (amount > 0) {
                won.put(grabbers.get(i), amount);
            }
        }
        pool.shutdown();

        assertEquals(100, won.size());
        assertEquals(10_000, won.values().stream().mapToLong(Long::longValue).sum());
        JsonObject view = money.view(sender, id);
        assertEquals(100, view.getJsonArray("claims").size());
        assertEquals("FINISHED", view.getString("status"));
        for (Api.TestUser grabber : grabbers) {
            money.awaitBalance(grabber, won.getOrDefault(grabber, 0L));
        }
        assertEquals(0, money.balance(sender));
    }
}
