package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverManager;
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

/** Invite links, and the cap holding when hundreds join one group at the same moment. */
class InvitesIT extends ServerIT {

    @Test
    void ownersAndAdminsMakeLinksThatAnyoneLoggedInUses() {
        var owner = api.newUser();
        var member = api.newUser();
        String gid = api.groupOf(owner, List.of(member), null);
        assertEquals(403, api.post("/api/v1/groups/" + gid + "/invites", member.token(), null).status());
        var invite = api.post("/api/v1/groups/" + gid + "/invites", owner.token(),
                Json.createObjectBuilder().add("ttlHours", 2).build());
        assertEquals(201, invite.status(), invite.raw());
        assertEquals(gid, invite.json().getString("groupId"));
        assertTrue(invite.json().getString("expiresAt").endsWith("Z"));

        var stranger = api.newUser();
        var joined = api.post("/api/v1/invites/" + invite.json().getString("code") + "/accept", stranger.token(), null);
        assertEquals(200, joined.status(), joined.raw());
        assertEquals(3, joined.json().getInt("memberCount"));
        var again = api.post("/api/v1/invites/" + invite.json().getString("code") + "/accept", stranger.token(), null);
        assertEquals(3, again.json().getInt("memberCount"));
        assertEquals("MEMBER", api.get("/api/v1/groups/" + gid, stranger.token()).json().getString("role"));
    }

    @Test
    void unknownCodesAndBadLifetimesAreRefused() {
        var owner = api.newUser();
        String gid = api.groupOf(owner, List.of(), null);
        assertEquals(404, api.post("/api/v1/invites/NOSUCHCODE/accept", owner.token(), null).status());
        assertEquals(400, api.post("/api/v1/groups/" + gid + "/invites", owner.token(),
                Json.createObjectBuilder().add("ttlHours", 0).build()).status());
        assertEquals(400, api.post("/api/v1/groups/" + gid + "/invites", owner.token(),
                Json.createObjectBuilder().add("ttlHours", 10_000).build()).status());
    }

    @Test
    void sixHundredSimultaneousJoinsLeaveExactlyTheCap() throws Exception {
        var owner = api.newUser();
        String gid = api.groupOf(owner, List.of(), 500);
        String code = api.post("/api/v1/groups/" + gid + "/invites", owner.token(), null).json().getString("code");
        List<Api.TestUser> joiners = api.botUsers(600);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(100);
        List<Future<Api.Answer>> answers = new ArrayList<>();
        for (Api.TestUser joiner : joiners) {
            answers.add(pool.submit(() -> {
                start.await();
                return api.post("/api/v1/invites/" + code + "/accept", joiner.token(), null);
            }));
        }
        start.countDown();
        int joined = 0;
        int full = 0;
        for (Future<Api.Answer> answer : answers) {
            Api.Answer a = answer.get();
            if (a.status() == 200) {
                joined++;
            } else {
                assertEquals(409, a.status(), a.raw());
                assertEquals("GROUP_FULL", a.errorCode());
                full++;
            }
        }
        pool.shutdown();
        assertEquals(499, joined, "the owner holds one of the 500 seats");
        assertEquals(101, full);
        assertEquals(500, api.get("/api/v1/groups/" + gid, owner.token()).json().getInt("memberCount"));
        assertEquals(500, listedMembers(owner, gid).size());
        assertEquals(500, countedInTheDatabase(gid));
    }

    private Set<String> listedMembers(Api.TestUser viewer, String gid) {
        Set<String> seen = new HashSet<>();
        String after = "";
        while (after != null) {
            var page = api.get("/api/v1/groups/" + gid + "/members?limit=200&after=" + after, viewer.token()).json();
            page.getJsonArray("items").forEach(v -> seen.add(v.asJsonObject().getString("userId")));
            after = page.isNull("next") ? null : page.getString("next");
        }
        return seen;
    }

    private static int countedInTheDatabase(String gid) throws Exception {
        try (var c = DriverManager.getConnection(System.getProperty("chat.it.dbUrl"), "postgres", "");
             var count = c.prepareStatement("SELECT count(*) FROM groups.members WHERE conversation_id = ?")) {
            count.setString(1, gid);
            try (var rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
