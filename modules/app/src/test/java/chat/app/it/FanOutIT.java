package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;

/** One message in a 2,000-member group with 300 members connected: 300 notifies, no query per member. */
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

        List<Ws> sockets = new ArrayList<>();
        try {
            for (Api.TestUser user : connected) {
                sockets.add(Ws.connect(api, user));
            }
            for (Ws ws : sockets) {
                ws.send("{\"type\":\"ping\"}");
                ws.next("pong", 10);
            }
            long transactionsBefore = transactions();
            var sent = api.post("/api/v1/groups/" + gid + "/messages", owner.token(), MessagesIT.text("all-1", "Town hall at 3"));
            assertEquals(201, sent.status(), sent.raw());
            for (Ws ws : sockets) {
                var notify = ws.next("notify", 20);
                assertEquals("Town hall at 3", notify.getJsonArray("items").getJsonObject(0).getString("text"));
            }
            long transactions = transactions() - transactionsBefore;
            assertTrue(transactions < 100, "300 notifies took " + transactions + " database transactions");
        } finally {
            sockets.forEach(Ws::close);
        }
    }

    /** Committed and rolled-back transactions of the test database so far. */
    private static long transactions() throws Exception {
        try (var c = DriverManager.getConnection(System.getProperty("chat.it.dbUrl"), "postgres", "");
             var stats = c.prepareStatement("SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()")) {
            try (var rows = stats.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
