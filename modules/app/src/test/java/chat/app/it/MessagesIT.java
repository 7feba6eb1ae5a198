package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.client.ApiException;
import chat.client.api.MessagesApi;
import chat.client.model.Message;
import chat.client.model.MessagePage;
import chat.client.model.MessageRequest;
import chat.client.model.MessageType;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** The Messages table over REST: send once, dense ordered seqs, history, recall, delete for me. */
class MessagesIT extends ServerIT {

    static JsonObject text(String clientMsgId, String text) {
        return Json.createObjectBuilder().add("clientMsgId", clientMsgId).add("type", "TEXT").add("text", text).build();
    }

    static String messages(String gid) {
        return "/api/v1/groups/" + gid + "/messages";
    }

    @Test
    void aMessageIsStoredOnceAndReadBackByMembers() throws ApiException {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        // Through the generated client, as a company's bot would post and read.
        var anns = new MessagesApi(GeneratedClient.as(ann));
        var request = new MessageRequest().clientMsgId("c-1").type(MessageRequest.TypeEnum.TEXT).text("hello");
        var sent = anns.sendMessageWithHttpInfo(gid, request);
        assertEquals(201, sent.getStatusCode());
        Message m = sent.getData();
        assertEquals(gid, m.getGroupId());
        assertEquals(1, m.getSeq());
        assertEquals(ann.id(), m.getSenderId());
        assertEquals("c-1", m.getClientMsgId());
        assertEquals(MessageType.TEXT, m.getType());
        assertEquals("hello", m.getText());
        assertNull(m.getMedia());
        assertFalse(m.getRecalled());
        assertTrue(m.getSentAt().isBefore(OffsetDateTime.now().plusSeconds(5)));

        var retried = anns.sendMessageWithHttpInfo(gid, request);
        assertEquals(200, retried.getStatusCode());
        assertEquals(1, retried.getData().getSeq());

        MessagePage read = new MessagesApi(GeneratedClient.as(bob)).listMessages(gid, 0L, null, null, null);
        assertEquals(1, read.getItems().size());
        assertFalse(read.getHasMore());
        var listed = api.get("/api/v1/groups", bob.token()).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(c -> c.getString("id").equals(gid)).findFirst().orElseThrow();
        assertEquals(1, listed.getInt("lastSeq"));
    }

    @Test
    void badMessagesAreRefusedAndStoreNothing() {
        var ann = api.newUser();
        String gid = api.groupOf(ann, List.of(), null);
        assertEquals(400, api.post(messages(gid), ann.token(), text("c", "x".repeat(10_001))).status());
        assertEquals(400, api.post(messages(gid), ann.token(), text("c", " ")).status());
        assertEquals(400, api.post(messages(gid), ann.token(), Json.createObjectBuilder().add("type", "TEXT")
                .add("text", "no id").build()).status());
        assertEquals(400, api.post(messages(gid), ann.token(), Json.createObjectBuilder().add("clientMsgId", "s")
                .add("type", "SYSTEM").add("text", "fake").build()).status());
        assertEquals(404, api.post(messages(gid), ann.token(), Json.createObjectBuilder().add("clientMsgId", "i")
                .add("type", "IMAGE").add("mediaId", "nope").build()).status(), "no such upload of hers");
        assertEquals(400, api.get(messages(gid) + "?after=abc", ann.token()).status());
        assertEquals(201, api.post(messages(gid), ann.token(), text("ok", "x".repeat(10_000))).status());
        assertEquals(1, api.get(messages(gid), ann.token()).json().getJsonArray("items").size());
    }

    @Test
    void nonMembersAndMutedMembersCannotPost() {
        var owner = api.newUser();
        var ann = api.newUser();
        var outsider = api.newUser();
        String gid = api.groupOf(owner, List.of(ann), null);
        assertEquals(404, api.post(messages(gid), outsider.token(), text("o", "hi")).status());
        assertEquals(404, api.get(messages(gid), outsider.token()).status());
        api.put("/api/v1/groups/" + gid + "/members/" + ann.id() + "/mute", owner.token(),
                Json.createObjectBuilder().add("minutes", 5).build());
        var muted = api.post(messages(gid), ann.token(), text("m", "hi"));
        assertEquals(403, muted.status());
        assertEquals("MUTED", muted.errorCode());
        api.delete("/api/v1/groups/" + gid + "/members/" + ann.id() + "/mute", owner.token());
        api.patch("/api/v1/groups/" + gid, owner.token(), Json.createObjectBuilder().add("allMuted", true).build());
        assertEquals("MUTED", api.post(messages(gid), ann.token(), text("m2", "hi")).errorCode());
        assertEquals(201, api.post(messages(gid), owner.token(), text("o1", "announcement")).status());
    }

    @Test
    void theConversationListPreviewsTheNewestMessageEachCallerKeeps() {
        var ann = api.newUser();
        var bob = api.newUser();
        var cat = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        assertTrue(listed(ann, gid).isNull("lastMessage"), "no message yet: no preview");
        api.post(messages(gid), ann.token(), text("p1", "first"));
        api.post(messages(gid), bob.token(), text("p2", "y".repeat(500)));
        JsonObject last = listed(ann, gid).getJsonObject("lastMessage");
        assertEquals(2, last.getInt("seq"));
        assertEquals(bob.id(), last.getString("senderId"));
        assertEquals("TEXT", last.getString("type"));
        assertEquals("y".repeat(100), last.getString("text"), "a preview, not the whole text");
        assertFalse(last.getBoolean("recalled"));
        assertTrue(last.containsKey("sentAt"));

        assertEquals(204, api.post(messages(gid) + "/2/hide", ann.token(), null).status());
        assertEquals(1, listed(ann, gid).getJsonObject("lastMessage").getInt("seq"), "what ann hid is not her preview");
        assertEquals(2, listed(bob, gid).getJsonObject("lastMessage").getInt("seq"));

        assertEquals(204, api.delete(messages(gid) + "/2", bob.token()).status());
        JsonObject recalled = listed(bob, gid).getJsonObject("lastMessage");
        assertTrue(recalled.getBoolean("recalled"));
        assertTrue(recalled.isNull("text"));
        assertTrue(api.get("/api/v1/groups", cat.token()).json().getJsonArray("items").stream()
                .noneMatch(v -> v.asJsonObject().getString("id").equals(gid)), "no preview of a conversation not theirs");
    }

    private JsonObject listed(Api.TestUser user, String gid) {
        return api.get("/api/v1/groups", user.token()).json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("id").equals(gid)).findFirst().orElseThrow();
    }

    @Test
    void theSenderRecallsTheOwnerRecallsAnyoneOthersCannot() {
        var owner = api.newUser();
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(owner, List.of(ann, bob), null);
        api.post(messages(gid), ann.token(), text("a1", "oops"));
        api.post(messages(gid), ann.token(), text("a2", "also"));
        try (Ws bobSocket = Ws.connect(api, bob)) {
            assertEquals(403, api.delete(messages(gid) + "/1", bob.token()).status());
            assertEquals(204, api.delete(messages(gid) + "/1", ann.token()).status());
            var event = bobSocket.next(f -> "message.recalled".equals(f.getString("event", "")), 10);
            assertEquals(1, event.getInt("seq"));
            assertEquals(204, api.delete(messages(gid) + "/2", owner.token()).status());
        }
        var first = api.get(messages(gid), bob.token()).json().getJsonArray("items").getJsonObject(0);
        assertTrue(first.getBoolean("recalled"));
        assertTrue(first.isNull("text"));
        assertEquals(404, api.delete(messages(gid) + "/99", owner.token()).status());
    }

    @Test
    void deleteForMeHidesAMessageFromMeOnly() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        api.post(messages(gid), ann.token(), text("h1", "one"));
        api.post(messages(gid), ann.token(), text("h2", "two"));
        assertEquals(204, api.post(messages(gid) + "/1/hide", bob.token(), null).status());
        var bobs = api.get(messages(gid), bob.token()).json().getJsonArray("items");
        assertEquals(1, bobs.size());
        assertEquals(2, bobs.getJsonObject(0).getInt("seq"));
        assertEquals(2, api.get(messages(gid), ann.token()).json().getJsonArray("items").size());
        assertEquals(404, api.post(messages(gid) + "/7/hide", bob.token(), null).status());
    }

    @Test
    void membershipChangesBecomeSystemMessages() {
        var owner = api.newUser();
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(owner, List.of(ann), null);
        api.makeContacts(owner, bob);
        api.post("/api/v1/groups/" + gid + "/members", owner.token(),
                Json.createObjectBuilder().add("userIds", Json.createArrayBuilder().add(bob.id())).build());
        api.patch("/api/v1/groups/" + gid, owner.token(), Json.createObjectBuilder().add("name", "Renamed").build());
        api.delete("/api/v1/groups/" + gid + "/members/" + ann.id(), owner.token());
        List<JsonObject> system = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 15_000;
        while (system.size() < 3 && System.currentTimeMillis() < deadline) {
            system.clear();
            api.get(messages(gid), owner.token()).json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                    .filter(m -> m.getString("type").equals("SYSTEM")).forEach(system::add);
        }
        assertEquals(3, system.size(), "a SYSTEM message for the add, the rename and the kick: " + system);
        assertTrue(system.get(0).getString("text").contains("added"), system.get(0).toString());
        assertTrue(system.get(1).getString("text").contains("Renamed"), system.get(1).toString());
        assertTrue(system.get(2).getString("text").contains("removed"), system.get(2).toString());
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 1, system.get(i).getInt("seq"));
        }
    }

    @Test
    void aSenderPastTheRateLimitIsToldToSlowDownAndNothingIsStored() {
        var ann = api.newUser();
        String gid = api.groupOf(ann, List.of(), null);
        int limit = 300; // the test server's CHAT_MESSAGES_RATE_LIMIT per 10 s
        Api.Answer answer = null;
        int stored = 0;
        for (int i = 0; i <= limit; i++) {
            answer = api.post(messages(gid), ann.token(), text("r-" + i, "fast " + i));
            if (answer.status() == 201) {
                stored++;
            } else {
                break;
            }
        }
        assertEquals(429, answer.status(), "the send after the limit");
        assertEquals("RATE_LIMITED", answer.errorCode());
        assertEquals(200, api.post(messages(gid), ann.token(), text("r-0", "fast 0")).status(), "a retry is not a new send");
        int count = 0;
        long after = 0;
        boolean more = true;
        while (more) {
            var page = api.get(messages(gid) + "?limit=200&after=" + after, ann.token()).json();
            count += page.getJsonArray("items").size();
            more = page.getBoolean("hasMore");
            after += page.getJsonArray("items").size();
        }
        assertEquals(stored, count);
    }

    @Test
    void theOperatorPostsAsAMember() {
        var ann = api.newUser();
        String gid = api.groupOf(ann, List.of(), null);
        var posted = api.admin("/api/v1/admin/groups/" + gid + "/messages", Json.createObjectBuilder()
                .add("clientMsgId", "hr-1").add("senderId", ann.id()).add("type", "TEXT").add("text", "Payday").build(),
                Api.ADMIN_KEY);
        assertEquals(201, posted.status(), posted.raw());
        assertEquals(401, api.admin("/api/v1/admin/groups/" + gid + "/messages", text("x", "y"), null).status());
    }
}
