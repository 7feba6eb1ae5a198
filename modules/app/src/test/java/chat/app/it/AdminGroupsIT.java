package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The operator's groups: departments with any members, bulk adds, the members read, the name,
 * announcement and cap changed (the cap holding under concurrent joins), disbanding, the audit
 * rows under the key's name, and the key.
 */
class AdminGroupsIT extends ServerIT {

    @Test
    void theOperatorMakesADepartmentWhateverTheContacts() {
        List<Api.TestUser> staff = api.botUsers(5);
        var created = api.admin("/api/v1/admin/groups", Json.createObjectBuilder()
                .add("name", "Finance").add("ownerId", staff.get(0).id())
                .add("memberIds", Json.createArrayBuilder().add(staff.get(1).id()).add(staff.get(2).id()))
                .add("maxMembers", 4).build(), Api.ADMIN_KEY);
        assertEquals(201, created.status(), created.raw());
        String gid = created.json().getString("id");
        assertEquals(3, created.json().getInt("memberCount"));

        var full = api.admin("/api/v1/admin/groups/" + gid + "/members", Json.createObjectBuilder()
                .add("userIds", Json.createArrayBuilder().add(staff.get(3).id()).add(staff.get(4).id())).build(), Api.ADMIN_KEY);
        assertEquals(409, full.status());
        assertEquals("GROUP_FULL", full.errorCode());
        var added = api.admin("/api/v1/admin/groups/" + gid + "/members", Json.createObjectBuilder()
                .add("userIds", Json.createArrayBuilder().add(staff.get(3).id())).build(), Api.ADMIN_KEY);
        assertEquals(200, added.status(), added.raw());
        assertEquals(1, added.json().getJsonArray("added").size());
        assertEquals("OWNER", api.get("/api/v1/groups/" + gid, staff.get(0).token()).json().getString("role"));
    }

    @Test
    void badOperatorCallsChangeNothing() {
        var owner = api.botUsers(1).get(0);
        assertEquals(400, api.admin("/api/v1/admin/groups", Json.createObjectBuilder()
                .add("name", "X").add("ownerId", "no-such-user").build(), Api.ADMIN_KEY).status());
        assertEquals(400, api.admin("/api/v1/admin/groups", Json.createObjectBuilder()
                .add("name", "").add("ownerId", owner.id()).build(), Api.ADMIN_KEY).status());
        assertEquals(404, api.admin("/api/v1/admin/groups/no-such-group/members", Json.createObjectBuilder()
                .add("userIds", Json.createArrayBuilder().add(owner.id())).build(), Api.ADMIN_KEY).status());
        assertEquals(401, api.admin("/api/v1/admin/groups", Json.createObjectBuilder()
                .add("name", "X").add("ownerId", owner.id()).build(), null).status());
        assertEquals(401, api.post("/api/v1/admin/groups", owner.token(), Json.createObjectBuilder()
                .add("name", "X").add("ownerId", owner.id()).build()).status());
        assertEquals(0, api.get("/api/v1/groups", owner.token()).json().getJsonArray("items").size());
    }

    private String department(List<Api.TestUser> staff, int cap) {
        var members = Json.createArrayBuilder();
        staff.subList(1, staff.size()).forEach(u -> members.add(u.id()));
        var created = api.admin("/api/v1/admin/groups", Json.createObjectBuilder().add("name", "Dept")
                .add("ownerId", staff.get(0).id()).add("memberIds", members).add("maxMembers", cap).build(), Api.ADMIN_KEY);
        assertEquals(201, created.status(), created.raw());
        return created.json().getString("id");
    }

    private Api.Answer change(String gid, JsonObject body) {
        return api.operator("PATCH", "/api/v1/admin/groups/" + gid, body);
    }

    private static JsonObject cap(int maxMembers) {
        return Json.createObjectBuilder().add("maxMembers", maxMembers).build();
    }

    @Test
    void theOperatorReadsTheMembersAndMovesTheCapNeverBelowTheCount() {
        List<Api.TestUser> staff = api.botUsers(5);
        String gid = department(staff.subList(0, 3), 3);
        var page = api.adminGet("/api/v1/admin/groups/" + gid + "/members?limit=2");
        assertEquals(200, page.status(), page.raw());
        assertEquals(2, page.json().getJsonArray("items").size());
        var rest = api.adminGet("/api/v1/admin/groups/" + gid + "/members?limit=2&after=" + page.json().getString("next"));
        List<String> roles = new ArrayList<>();
        for (var body : List.of(page.json(), rest.json())) {
            body.getJsonArray("items").getValuesAs(JsonObject.class).forEach(m -> roles.add(m.getString("role")));
        }
        assertEquals(3, roles.size());
        assertEquals(1, roles.stream().filter("OWNER"::equals).count());

        var below = change(gid, cap(2));
        assertEquals(400, below.status(), below.raw());
        assertEquals("BAD_REQUEST", below.errorCode());
        assertEquals(List.of(), api.auditOf(gid).stream().filter(r -> r.getString("action").equals("group.update")).toList(),
                "a refused change wrote no audit row");

        var raised = change(gid, cap(4));
        assertEquals(200, raised.status(), raised.raw());
        assertEquals(4, raised.json().getInt("maxMembers"));
        assertEquals(200, api.admin("/api/v1/admin/groups/" + gid + "/members", Json.createObjectBuilder()
                .add("userIds", Json.createArrayBuilder().add(staff.get(3).id())).build(), Api.ADMIN_KEY).status());
        assertEquals(409, api.admin("/api/v1/admin/groups/" + gid + "/members", Json.createObjectBuilder()
                .add("userIds", Json.createArrayBuilder().add(staff.get(4).id())).build(), Api.ADMIN_KEY).status());
        var row = api.auditOf(gid).stream().filter(r -> r.getString("action").equals("group.update")).findFirst().orElseThrow();
        assertEquals(4, row.getJsonObject("detail").getInt("maxMembers"));
        assertEquals("operator", row.getString("actor"));
    }

    @Test
    void aCapLoweredDuringConcurrentJoinsStillHolds() throws Exception {
        List<Api.TestUser> staff = api.botUsers(12);
        String gid = department(staff.subList(0, 2), 12);
        ExecutorService pool = Executors.newFixedThreadPool(11);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (Api.TestUser joiner : staff.subList(2, 12)) {
                calls.add(pool.submit(() -> api.admin("/api/v1/admin/groups/" + gid + "/members", Json.createObjectBuilder()
                        .add("userIds", Json.createArrayBuilder().add(joiner.id())).build(), Api.ADMIN_KEY).status()));
            }
            Callable<Integer> lower = () -> change(gid, cap(6)).status();
            Future<Integer> lowered = pool.submit(lower);
            int joined = 0;
            for (Future<Integer> call : calls) {
                int status = call.get();
                assertTrue(status == 200 || status == 409, "join answered " + status);
                joined += status == 200 ? 1 : 0;
            }
            var group = api.get("/api/v1/groups/" + gid, staff.get(0).token()).json();
            int members = group.getInt("memberCount");
            assertEquals(2 + joined, members, "every join answered 200 is counted, and no other");
            if (lowered.get() == 200) {
                assertEquals(6, group.getInt("maxMembers"));
                assertTrue(members <= 6, members + " members under a cap of 6");
            } else {
                assertEquals(400, lowered.get(), "only a count already past 6 refuses the lower cap");
                assertEquals(12, group.getInt("maxMembers"));
                assertTrue(members > 6);
            }
            assertEquals(members, api.adminGet("/api/v1/admin/groups/" + gid + "/members?limit=50").json()
                    .getJsonArray("items").size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAnnouncementAndANameReachTheMembersAsTheOwners() {
        List<Api.TestUser> staff = api.botUsers(2);
        String gid = department(staff, 10);
        try (Ws member = Ws.connect(api, staff.get(1))) {
            var changed = change(gid, Json.createObjectBuilder().add("name", " Finance ")
                    .add("announcement", "Payroll runs on the 25th").build());
            assertEquals(200, changed.status(), changed.raw());
            var event = member.next(f -> "group.updated".equals(f.getString("event", "")), 10);
            assertEquals("Payroll runs on the 25th", event.getString("announcement"));
            assertEquals("Finance", event.getString("name"));
        }
        var seen = api.get("/api/v1/groups/" + gid, staff.get(1).token()).json();
        assertEquals("Finance", seen.getString("name"));
        assertEquals("Payroll runs on the 25th", seen.getString("announcement"));
        var row = api.auditOf(gid).get(0);
        assertEquals("group.update", row.getString("action"));
        assertEquals("Finance", row.getJsonObject("detail").getString("name"));
        assertEquals(24, row.getJsonObject("detail").getInt("announcementLength"));
        assertFalse(row.toString().contains("Payroll"), "the audit log keeps no announcement's text");
    }

    @Test
    void theOperatorDisbandsAGroupButNoDirectChat() {
        List<Api.TestUser> staff = api.botUsers(3);
        String gid = department(staff, 10);
        try (Ws member = Ws.connect(api, staff.get(1))) {
            assertEquals(204, api.operator("DELETE", "/api/v1/admin/groups/" + gid, null).status());
            member.next(f -> "group.disbanded".equals(f.getString("event", "")), 10);
        }
        assertEquals(404, api.get("/api/v1/groups/" + gid, staff.get(0).token()).status());
        assertEquals(404, api.operator("DELETE", "/api/v1/admin/groups/" + gid, null).status());
        assertEquals(404, api.adminGet("/api/v1/admin/groups/" + gid + "/members").status());
        assertEquals(List.of("group.disband"), api.auditOf(gid).stream().map(r -> r.getString("action"))
                .filter(a -> !a.equals("group.create")).toList(), "one row, for the disband that happened");

        api.makeContacts(staff.get(1), staff.get(2));
        var direct = api.post("/api/v1/direct", staff.get(1).token(),
                Json.createObjectBuilder().add("userId", staff.get(2).id()).build());
        assertEquals(201, direct.status(), direct.raw());
        String did = direct.json().getString("id");
        assertEquals(404, api.operator("DELETE", "/api/v1/admin/groups/" + did, null).status());
        assertEquals(404, change(did, cap(3)).status());
        assertEquals(2, api.adminGet("/api/v1/admin/groups/" + did + "/members").json().getJsonArray("items").size(),
                "the operator reads a direct chat's two members");
    }

    @Test
    void badGroupChangesChangeNothingAndNeedTheKey() {
        List<Api.TestUser> staff = api.botUsers(2);
        String gid = department(staff, 10);
        assertEquals(400, change(gid, Json.createObjectBuilder().add("name", " ").add("maxMembers", 20).build()).status());
        assertEquals(400, change(gid, Json.createObjectBuilder().add("announcement", "x".repeat(2_001)).build()).status());
        assertEquals(400, change(gid, cap(2_000_000)).status());
        assertEquals(400, api.adminGet("/api/v1/admin/groups/" + gid + "/members?limit=0").status());
        assertEquals(404, change("no-such-group", cap(20)).status());
        assertEquals(401, api.operator("PATCH", "/api/v1/admin/groups/" + gid, cap(20), "wrong-key").status());
        assertEquals(401, api.operator("DELETE", "/api/v1/admin/groups/" + gid, null, null).status());
        assertEquals(401, api.raw("GET", "/api/v1/admin/groups/" + gid + "/members", staff.get(0).token(), null, null, null)
                .status(), "a member's token opens no operator call");
        var group = api.get("/api/v1/groups/" + gid, staff.get(0).token()).json();
        assertEquals("Dept", group.getString("name"));
        assertEquals(10, group.getInt("maxMembers"));
        assertEquals(List.of("group.create"), api.auditOf(gid).stream().map(r -> r.getString("action")).toList());
    }

    @Test
    void aNamedKeysChangesAreRecordedUnderItsName() {
        List<Api.TestUser> staff = api.botUsers(2);
        String gid = department(staff, 10);
        var changed = api.operator("PATCH", "/api/v1/admin/groups/" + gid, cap(11), Api.NAMED_ADMIN_KEY);
        assertEquals(200, changed.status(), changed.raw());
        var rows = api.auditOf(gid);
        assertEquals("hr-sync", rows.get(0).getString("actor"));
        assertEquals("group.update", rows.get(0).getString("action"));
        assertEquals("operator", rows.get(1).getString("actor"), "the unnamed key's creation");
    }
}
