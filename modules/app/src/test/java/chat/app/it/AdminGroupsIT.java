package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;

/** The operator's groups: departments with any members, bulk adds, the cap, and the key. */
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
}
