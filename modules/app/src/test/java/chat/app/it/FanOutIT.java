package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;

/**
 * One message in a 2,000-member group with 300 members connected: 300 notifies and 300 pulls,
 * with no database query per member (counted as scans of the tables such a query would read).
 */
class FanOutIT extends ServerIT {

    @Test
    void oneMessageReachesEveryConnectedMemberWithoutAQueryPerMember() throws Exception {
        List<Api.TestUser> connected = api.botUsers(300);
        List<Api.TestUser> offline = new ArrayList<>(api.botBatch(1000, false));
        offline.addAll(api.botBatch(700, false));
        Api.TestUser owner = connected.get(0);
        var ids = Json.createArrayBuilder();
        connected.stream().skip(1).forEach(u -> ids.add(u.id()));
        offline.forEach(u -> ids.add(u.id()));
        var group = api.admin("/api/v1/admin/groups", Json.createObjectBuilder().add("name", "All hands")
                .add("ownerId", owner.id()).add("memberIds", ids).add("maxMembers", 5000).build(), Api.ADMIN_KEY);
        assertEquals(2000, group.json().getInt("memberCount"), group.raw());
        String gid = group.json().getString("id");

        List<Ws> sockets = new CopyOnWriteArrayList<>();
        // The test server closes a connection silent for 10 s, so every socket pings as a client would.
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor();
        heartbeat.scheduleWithFixedDelay(() -> sockets.forEach(ws -> ws.send("{\"type\":\"ping\"}")), 1, 1, TimeUnit.SECONDS);
        try {
            for (Api.TestUser user : connected) {
                Ws ws = Ws.connect(api, user);
                ws.send("{\"type\":\"ping\"}");
                ws.next("pong", 10);
                sockets.add(ws);
            }
            long readsBefore = settledReads();
            var sent = api.post("/api/v1/groups/" + gid + "/messages", owner.token(), MessagesIT.text("all-1", "Town hall at 3"));
            assertEquals(201, sent.status(), sent.raw());
            long seq = sent.json().getJsonNumber("seq").longValue();
            for (Ws ws : sockets) {
                var notify = ws.next("notify", 20);
                assertEquals("Town hall at 3", notify.getJsonArray("items").getJsonObject(0).getString("text"));
                // As a client that missed the notify's items would: pull up to the notified seq.
                ws.send("{\"type\":\"pull\",\"groupId\":\"" + gid + "\",\"after\":" + (seq - 1) + ",\"until\":" + seq + "}");
            }
            for (Ws ws : sockets) {
                assertEquals(1, ws.next("messages", 20).getJsonArray("items").size());
            }
            long reads = settledReads() - readsBefore;
            // A membership check or a message read per member would be 300 or more; the send itself is a few.
            assertTrue(reads < 100, "300 notifies and pulls read the member and message tables " + reads + " times");
        } finally {
            heartbeat.shutdownNow();
            sockets.forEach(Ws::close);
        }
    }

    /**
     * The scans of the tables a per-member path would read, once the count stops moving. An idle
     * PostgreSQL backend reports its counts up to 10 s late, so the count must hold still for 12 s
     * before the connects that came first are surely in it.
     */
    private static long settledReads() throws Exception {
        long settled = reads();
        int stillFor = 0;
        for (int i = 0; i < 40 && stillFor < 6; i++) {
            Thread.sleep(2_000);
            long now = reads();
            stillFor = now - settled < 3 ? stillFor + 1 : 0;
            settled = now;
        }
        return settled;
    }

    /** Index and sequential scans so far of members, conversations, messages and hidden messages. */
    private static long reads() throws Exception {
        try (var c = DriverManager.getConnection(System.getProperty("chat.it.dbUrl"), "postgres", "");
             var stats = c.prepareStatement("SELECT sum(coalesce(seq_scan, 0) + coalesce(idx_scan, 0))"
                     + " FROM pg_stat_user_tables WHERE (schemaname, relname) IN (('groups', 'members'),"
                     + " ('groups', 'conversations'), ('messaging', 'messages'), ('messaging', 'hidden_messages'))")) {
            try (var rows = stats.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
