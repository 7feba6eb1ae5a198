package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import chat.client.ApiException;
import chat.client.api.GroupsApi;
import chat.client.model.Group;
import chat.client.model.GroupCreation;
import chat.client.model.ConversationKind;
import chat.client.model.MyConversation;
import chat.client.model.Role;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Groups themselves: create from contacts, list, read, change, disband, and who may do which. */
class GroupsIT extends ServerIT {

    private static JsonObject group(String name, List<String> memberIds) {
        return Json.createObjectBuilder().add("name", name).add("memberIds", Json.createArrayBuilder(memberIds)).build();
    }

    @Test
    void aGroupIsMadeFromContactsWithTheCreatorAsOwner() throws ApiException {
        var ann = api.newUser();
        var bob = api.newUser();
        api.makeContacts(ann, bob);
        try (Ws bobSocket = Ws.connect(api, bob)) {
            // Through the generated client, as a company's system would make one.
            Group g = new GroupsApi(GeneratedClient.as(ann)).createGroup(new GroupCreation().name("Lunch").memberIds(List.of(bob.id())));
            assertEquals(ConversationKind.GROUP, g.getKind());
            assertEquals("Lunch", g.getName());
            assertEquals(ann.id(), g.getOwnerId());
            assertEquals(2, g.getMemberCount());
            assertEquals(500, g.getMaxMembers());
            assertEquals("", g.getAnnouncement());
            assertFalse(g.getAllMuted());
            var joined = bobSocket.next(f -> "member.joined".equals(f.getString("event", "")), 10);
            assertEquals(g.getId(), joined.getString("groupId"));

            MyConversation mine = new GroupsApi(GeneratedClient.as(bob)).listConversations().getItems().stream()
                    .filter(c -> c.getId().equals(g.getId())).findFirst().orElseThrow();
            assertEquals(Role.MEMBER, mine.getRole());
            assertEquals(0, mine.getLastSeq());
            assertEquals("OWNER", api.get("/api/v1/groups/" + g.getId(), ann.token()).json().getString("role"));
        }
    }

    @Test
    void onlyContactsAndKnownUsersGoIntoANewGroup() {
        var ann = api.newUser();
        var stranger = api.newUser();
        var refused = api.post("/api/v1/groups", ann.token(), group("X", List.of(stranger.id())));
        assertEquals(403, refused.status());
        assertEquals("NOT_A_CONTACT", refused.errorCode());
        var unknown = api.post("/api/v1/groups", ann.token(), group("X", List.of("no-such-user")));
        assertEquals(400, unknown.status());
        assertTrue(unknown.json().getJsonObject("error").getString("message").startsWith("memberIds"));
        assertEquals(0, api.get("/api/v1/groups", ann.token()).json().getJsonArray("items").size());
    }

    @Test
    void badGroupsAreRefusedNamingTheField() {
        var ann = api.newUser();
        assertField(api.post("/api/v1/groups", ann.token(), group("", List.of())), "name");
        assertField(api.post("/api/v1/groups", ann.token(), group("n".repeat(65), List.of())), "name");
        assertField(api.post("/api/v1/groups", ann.token(), Json.createObjectBuilder().add("name", "Big")
                .add("maxMembers", 1_000_001).build()), "maxMembers");
        assertField(api.post("/api/v1/groups", ann.token(), Json.createObjectBuilder().add("name", "Tiny")
                .add("maxMembers", 1).build()), "maxMembers");
        var large = api.post("/api/v1/groups", ann.token(), Json.createObjectBuilder().add("name", "Broadcast")
                .add("maxMembers", 1_000_000).build());
        assertEquals(201, large.status(), large.raw());
        assertEquals(1_000_000, large.json().getInt("maxMembers"));
    }

    private static void assertField(Api.Answer answer, String field) {
        assertEquals(400, answer.status(), answer.raw());
        assertTrue(answer.json().getJsonObject("error").getString("message").startsWith(field), answer.raw());
    }

    @Test
    void ownersAndAdminsChangeTheGroupMembersDoNot() {
        var owner = api.newUser();
        var member = api.newUser();
        String gid = api.groupOf(owner, List.of(member), null);

        var refused = api.patch("/api/v1/groups/" + gid, member.token(), Json.createObjectBuilder().add("name", "Mine").build());
        assertEquals(403, refused.status());
        var changed = api.patch("/api/v1/groups/" + gid, owner.token(), Json.createObjectBuilder()
                .add("name", "Renamed").add("announcement", "Lunch at noon").add("allMuted", true).build());
        assertEquals(200, changed.status(), changed.raw());
        assertEquals("Renamed", changed.json().getString("name"));
        assertEquals("Lunch at noon", changed.json().getString("announcement"));
        assertTrue(changed.json().getBoolean("allMuted"));

        assertEquals(204, api.put("/api/v1/groups/" + gid + "/members/" + member.id() + "/role", owner.token(),
                Json.createObjectBuilder().add("role", "ADMIN").build()).status());
        var byAdmin = api.patch("/api/v1/groups/" + gid, member.token(), Json.createObjectBuilder().add("allMuted", false).build());
        assertEquals(200, byAdmin.status());
        assertFalse(byAdmin.json().getBoolean("allMuted"));
        assertEquals("Renamed", byAdmin.json().getString("name"));
        assertEquals(400, api.patch("/api/v1/groups/" + gid, owner.token(), Json.createObjectBuilder()
                .add("allMuted", "yes").build()).status());
    }

    @Test
    void aNonMemberLearnsNothingAndChangesNothing() {
        var owner = api.newUser();
        var member = api.newUser();
        var outsider = api.newUser();
        String gid = api.groupOf(owner, List.of(member), null);
        String path = "/api/v1/groups/" + gid;
        assertEquals(404, api.get(path, outsider.token()).status());
        assertEquals(404, api.get(path + "/members", outsider.token()).status());
        assertEquals(404, api.patch(path, outsider.token(), Json.createObjectBuilder().add("name", "Hijacked").build()).status());
        assertEquals(404, api.delete(path, outsider.token()).status());
        assertEquals(404, api.post(path + "/members", outsider.token(), Json.createObjectBuilder()
                .add("userIds", Json.createArrayBuilder().add(outsider.id())).build()).status());
        assertEquals(404, api.delete(path + "/members/" + member.id(), outsider.token()).status());
        assertEquals(404, api.post(path + "/invites", outsider.token(), null).status());
        assertEquals(404, api.put(path + "/settings", outsider.token(), Json.createObjectBuilder().add("doNotDisturb", true).build()).status());
        assertEquals(404, api.post(path + "/transfer", outsider.token(), Json.createObjectBuilder().add("userId", outsider.id()).build()).status());
        assertEquals("Team " + owner.username(), api.get(path, owner.token()).json().getString("name"));
        assertEquals(401, api.get(path, null).status());
    }

    @Test
    void disbandingIsTheOwnersAndLeavesNothingToReach() {
        var owner = api.newUser();
        var member = api.newUser();
        String gid = api.groupOf(owner, List.of(member), null);
        try (Ws memberSocket = Ws.connect(api, member)) {
            assertEquals(403, api.delete("/api/v1/groups/" + gid, member.token()).status());
            assertEquals(204, api.delete("/api/v1/groups/" + gid, owner.token()).status());
            memberSocket.next(f -> "group.disbanded".equals(f.getString("event", "")), 10);
        }
        assertEquals(404, api.get("/api/v1/groups/" + gid, owner.token()).status());
        assertEquals(404, api.get("/api/v1/groups/" + gid + "/members", member.token()).status());
        assertTrue(api.get("/api/v1/groups", member.token()).json().getJsonArray("items").stream()
                .noneMatch(v -> v.asJsonObject().getString("id").equals(gid)));
    }
}
