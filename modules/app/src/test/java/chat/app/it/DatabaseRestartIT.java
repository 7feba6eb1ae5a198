package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * PostgreSQL restarted under traffic: while it is away, requests answer 503 {@code UNAVAILABLE} (never
 * 500) and readiness is DOWN; the pool recovers by itself; and every acknowledged message is stored
 * once, with gapless seqs, once the senders retry what was refused.
 */
class DatabaseRestartIT extends ServerIT {

    @Test
    void aDatabaseRestartAnswers503AndLosesNothingAcknowledged() throws Exception {
        var ann = api.newUser();
        var bob = api.newUser();
        String messages = "/api/v1/groups/" + api.groupOf(ann, List.of(bob), null) + "/messages";

        Map<String, Integer> lastStatus = new ConcurrentHashMap<>();
        Set<Integer> statuses = ConcurrentHashMap.newKeySet();
        AtomicBoolean sending = new AtomicBoolean(true);
        var sender = Executors.newSingleThreadExecutor();
        sender.submit(() -> {
            for (int i = 1; sending.get(); i++) {
                String key = "db-" + i;
                int status = sendOnce(messages, ann, key);
                statuses.add(status);
                lastStatus.put(key, status);
                Money.pause(50);
            }
        });

        Money.pause(1_500);
        Postgres.stop();
        try {
            Money.pause(3_000);
            var ready = api.get("/health/ready", null);
            assertEquals(503, ready.status(), "readiness while the database is away: " + ready.raw());
        } finally {
            Postgres.start();
        }
        awaitReady();
        Money.pause(1_500);
        sending.set(false);
        sender.shutdown();
        assertTrue(sender.awaitTermination(60, TimeUnit.SECONDS));

        assertTrue(statuses.contains(503), "some sends met the outage: " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 200 || s == 503 || s == -1),
                "only stored, repeated or 503, never a 500: " + statuses);
        for (var entry : lastStatus.entrySet()) {
            long deadline = System.currentTimeMillis() + 30_000;
            int status = entry.getValue();
            while (status != 201 && status != 200 && System.currentTimeMillis() < deadline) {
                Money.pause(300);
                status = sendOnce(messages, ann, entry.getKey());
            }
            assertTrue(status == 201 || status == 200, entry.getKey() + " went through on a retry: " + status);
        }

        List<JsonObject> items = new ArrayList<>();
        boolean more = true;
        while (more) {
            var page = api.get(messages + "?after=" + items.size() + "&limit=200", bob.token());
            assertEquals(200, page.status(), page.raw());
            items.addAll(page.json().getJsonArray("items").getValuesAs(JsonObject.class));
            more = page.json().getBoolean("hasMore");
        }
        Set<String> keys = new TreeSet<>();
        List<Long> seqs = new ArrayList<>();
        for (JsonObject item : items) {
            assertTrue(keys.add(item.getString("clientMsgId")), "stored once: " + item.getString("clientMsgId"));
            seqs.add(item.getJsonNumber("seq").longValue());
        }
        assertEquals(lastStatus.keySet(), keys, "every message sent is stored");
        for (int i = 0; i < seqs.size(); i++) {
            assertEquals(i + 1, seqs.get(i), "seqs have no gap");
        }
    }

    private int sendOnce(String messages, Api.TestUser user, String key) {
        try {
            return api.post(messages, user.token(), MessagesIT.text(key, "through a restart " + key)).status();
        } catch (AssertionError connectionLost) {
            return -1;
        }
    }

    private void awaitReady() {
        long deadline = System.currentTimeMillis() + 60_000;
        while (api.get("/health/ready", null).status() != 200 && System.currentTimeMillis() < deadline) {
            Money.pause(500);
        }
        assertEquals(200, api.get("/health/ready", null).status(), "ready again after the restart");
    }
}
