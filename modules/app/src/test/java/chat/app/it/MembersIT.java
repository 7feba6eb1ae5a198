package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Members of a group: paging, adding, leaving, kicking, roles, transfer, mutes (and who sees them) and settings. */
class MembersIT extends ServerIT {

    private String members(String gid) {
        return "/api/v1/groups/" + gid + "/members";
    }

    private static JsonObject ids(String... userIds) {
        return Json.createObjectBuilder().add("userIds", Json.createArrayBuilder(List.of(userIds))).build();
    }

    @Test
    void theMemberListPagesInAStableOrderToTheEnd() {
        var owner = api.newUser();
        List<Api.TestUser> others = api.botUsers(6);
        String gid = api.groupOf(owner, others, null);
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            var page = api.get(members(gid) + "?limit=3" + (after == null ? "" : "&after=" + after), owner.token());
            assertEquals(200, page.status(), page.raw());
            page.json().getJsonArray("items").forEach(v -> seen.add(v.asJsonObject().getString("userId")));
            after = page.json().isNull("next") ? null : page.json().getString("next");
            pages++;
        } while (after != null && pages < 10);
        assertEquals(7, seen.size());
        assertEquals(seen.stream().sorted().toList(), seen);
        assertEquals(7, seen.stream().distinct().count());
        var first = api.get(members(gid) + "?limit=1", owner.token()).json().getJsonArray("items").getJsonObject(0);
        assertTrue(first.containsKey("role") && first.containsKey("nickname") && first.containsKey("mutedUntil"));
        assertEquals(400, api.get(members(gid) + "?limit=0", owner.token()).status());
        assertEquals(400, api.get(members(gid) + "?limit=abc", owner.token()).status());
    }

    @Test
    void membersAddTheirContactsAndAFullGroupTakesNobody() {
        var owner = api.newUser();
        var ann = api.newUser();
        String gid = api.groupOf(owner, List.of(ann), 3);
        var bob = api.newUser();
        var cat = api.newUser();
        api.makeContacts(owner, bob);
        api.makeContacts(owner, cat);

        var tooMany = api.post(members(gid), owner.token(), ids(bob.id(), cat.id()));
        assertEquals(409, tooMany.status(), tooMany.raw());
        assertEquals("GROUP_FULL", tooMany.errorCode());
        assertEquals(2, api.get("/api/v1/groups/" + gid, owner.token()).json().getInt("memberCount"));

        var added = api.post(members(gid), owner.token(), ids(bob.id(), ann.id()));
        assertEquals(200, added.status(), added.raw());
        assertEquals(List.of(bob.id()), added.json().getJsonArray("added").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(s -> s.getString()).toList());
        var stranger = api.newUser();
        assertEquals("NOT_A_CONTACT", api.post(members(gid), ann.token(), ids(stranger.id())).errorCode());
        assertEquals(400, api.post(members(gid), owner.token(), ids("no-such-user")).status());
        assertEquals(3, api.get("/api/v1/groups/" + gid, owner.token()).json().getInt("memberCount"));
    }

    @Test
    void membersLeaveButTheOwnerMustTransferFirst() {
        var owner = api.newUser();
        var ann = api.newUser();
        String gid = api.groupOf(owner, List.of(ann), null);
        var ownerLeaves = api.delete(members(gid) + "/" + owner.id(), owner.token());
        assertEquals(409, ownerLeaves.status());
        assertEquals("OWNER_MUST_TRANSFER", ownerLeaves.errorCode());
        assertEquals(204, api.delete(members(gid) + "/" + ann.id(), ann.token()).status());
        assertEquals(404, api.get("/api/v1/groups/" + gid, ann.token()).status());
        assertEquals(1, api.get("/api/v1/groups/" + gid, owner.token()).json().getInt("memberCount"));
    }

    @Test
    void theOwnerKicksAnyoneAndAdminsKickOnlyMembers() {
        var owner = api.newUser();
        var admin = api.newUser();
        var admin2 = api.newUser();
        var member = api.newUser();
        var member2 = api.newUser();
        String gid = api.groupOf(owner, List.of(admin, admin2, member, member2), null);
        for (var a : List.of(admin, admin2)) {
            assertEquals(204, api.put(members(gid) + "/" + a.id() + "/role", owner.token(),
                    Json.createObjectBuilder().add("role", "ADMIN").build()).status());
        }
        assertEquals(403, api.delete(members(gid) + "/" + member2.id(), member.token()).status());
        assertEquals(403, api.delete(members(gid) + "/" + admin2.id(), admin.token()).status());
        assertEquals(403, api.delete(members(gid) + "/" + owner.id(), admin.token()).status());
        try (Ws kicked = Ws.connect(api, member2)) {
            assertEquals(204, api.delete(members(gid) + "/" + member2.id(), admin.token()).status());
            var left = kicked.next(f -> "member.left".equals(f.getString("event", "")), 10);
            assertTrue(left.getBoolean("kicked"));
        }
        assertEquals(204, api.delete(members(gid) + "/" + admin2.id(), owner.token()).status());
        assertEquals(404, api.delete(members(gid) + "/" + admin2.id(), owner.token()).status());
        assertEquals(3, api.get("/api/v1/groups/" + gid, owner.token()).json().getInt("memberCount"));
    }

    @Test
    void onlyTheOwnerSetsRoles() {
        var owner = api.newUser();
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(owner, List.of(ann, bob), null);
        var role = Json.createObjectBuilder().add("role", "ADMIN").build();
        assertEquals(204, api.put(members(gid) + "/" + ann.id() + "/role", owner.token(), role).status());
        assertEquals(403, api.put(members(gid) + "/" + bob.id() + "/role", ann.token(), role).status());
        assertEquals(400, api.put(members(gid) + "/" + bob.id() + "/role", owner.token(),
                Json.createObjectBuilder().add("role", "OWNER").build()).status());
        assertEquals(403, api.put(members(gid) + "/" + owner.id() + "/role", owner.token(), role).status());
        assertEquals(404, api.put(members(gid) + "/no-such-user/role", owner.token(), role).status());
    }

    @Test
    void transferMakesTheOldOwnerAnAdmin() {
        var owner = api.newUser();
        var ann = api.newUser();
        String gid = api.groupOf(owner, List.of(ann), null);
        var to = Json.createObjectBuilder().add("userId", ann.id()).build();
        assertEquals(403, api.post("/api/v1/groups/" + gid + "/transfer", ann.token(), to).status());
        assertEquals(204, api.post("/api/v1/groups/" + gid + "/transfer", owner.token(), to).status());
        var group = api.get("/api/v1/groups/" + gid, ann.token()).json();
        assertEquals(ann.id(), group.getString("ownerId"));
        assertEquals("OWNER", group.getString("role"));
        assertEquals("ADMIN", api.get("/api/v1/groups/" + gid, owner.token()).json().getString("role"));
        assertEquals(204, api.delete(members(gid) + "/" + owner.id(), owner.token()).status());
    }

    @Test
    void ownersAndAdminsMuteAndUnmuteMembers() {
        var owner = api.newUser();
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(owner, List.of(ann, bob), null);
        var tenMinutes = Json.createObjectBuilder().add("minutes", 10).build();
        assertEquals(403, api.put(members(gid) + "/" + bob.id() + "/mute", ann.token(), tenMinutes).status());
        var muted = api.put(members(gid) + "/" + bob.id() + "/mute", owner.token(), tenMinutes);
        assertEquals(200, muted.status(), muted.raw());
        assertFalse(mutedUntil(gid, owner, bob).isEmpty());
        assertEquals(400, api.put(members(gid) + "/" + bob.id() + "/mute", owner.token(),
                Json.createObjectBuilder().add("minutes", 0).build()).status());
        assertEquals(204, api.delete(members(gid) + "/" + bob.id() + "/mute", owner.token()).status());
        assertTrue(mutedUntil(gid, owner, bob).isEmpty());
    }

    @Test
    void aMutedMemberSeesWhenTheirMuteEndsAndNobodyElseDoes() {
        var owner = api.newUser();
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(owner, List.of(ann, bob), null);
        assertTrue(ownMute(gid, bob).isNull("mutedUntil"));
        assertEquals(200, api.put(members(gid) + "/" + bob.id() + "/mute", owner.token(),
                Json.createObjectBuilder().add("minutes", 10).build()).status());

        String until = mutedUntil(gid, owner, bob);
        var ends = Instant.parse(until);
        assertTrue(ends.isAfter(Instant.now().plusSeconds(540)) && ends.isBefore(Instant.now().plusSeconds(660)), until);
        assertEquals(until, ownMute(gid, bob).getString("mutedUntil"));
        assertEquals(until, ownMuteInList(gid, bob).getString("mutedUntil"));
        for (var other : List.of(owner, ann)) {
            assertTrue(ownMute(gid, other).isNull("mutedUntil"));
            assertTrue(ownMuteInList(gid, other).isNull("mutedUntil"));
        }

        assertEquals(204, api.delete(members(gid) + "/" + bob.id() + "/mute", owner.token()).status());
        assertTrue(ownMute(gid, bob).isNull("mutedUntil"));
        assertTrue(ownMuteInList(gid, bob).isNull("mutedUntil"));
    }

    private JsonObject ownMute(String gid, Api.TestUser member) {
        var group = api.get("/api/v1/groups/" + gid, member.token());
        assertEquals(200, group.status(), group.raw());
        assertTrue(group.json().containsKey("mutedUntil"), group.raw());
        return group.json();
    }

    private JsonObject ownMuteInList(String gid, Api.TestUser member) {
        var item = api.get("/api/v1/groups", member.token()).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(c -> c.getString("id").equals(gid)).findFirst().orElseThrow();
        assertTrue(item.containsKey("mutedUntil"), item.toString());
        return item;
    }

    private String mutedUntil(String gid, Api.TestUser viewer, Api.TestUser who) {
        var page = api.get(members(gid) + "?limit=200", viewer.token()).json().getJsonArray("items");
        var item = page.stream().map(v -> v.asJsonObject()).filter(m -> m.getString("userId").equals(who.id()))
                .findFirst().orElseThrow();
        return item.isNull("mutedUntil") ? "" : item.getString("mutedUntil");
    }

    @Test
    void doNotDisturbIsTheCallersOwnSetting() {
        var owner = api.newUser();
        var ann = api.newUser();
        String gid = api.groupOf(owner, List.of(ann), null);
        assertEquals(204, api.put("/api/v1/groups/" + gid + "/settings", ann.token(),
                Json.createObjectBuilder().add("doNotDisturb", true).build()).status());
        assertEquals(400, api.put("/api/v1/groups/" + gid + "/settings", ann.token(), "{}").status());
        var mine = api.get("/api/v1/groups", ann.token()).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(c -> c.getString("id").equals(gid)).findFirst().orElseThrow();
        assertTrue(mine.getBoolean("doNotDisturb"));
        var owners = api.get("/api/v1/groups", owner.token()).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(c -> c.getString("id").equals(gid)).findFirst().orElseThrow();
        assertFalse(owners.getBoolean("doNotDisturb"));
    }
}
