package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * Mentions on a send (REST and frame): the message carries them, {@code GET /unread} marks the
 * conversation {@code mentioned} for those it calls on until they read past it, and a mention of
 * someone outside the conversation, or of everyone by a plain member, stores nothing.
 */
class MentionsIT extends ServerIT {

    static JsonObject mentioning(String clientMsgId, String text, List<String> userIds, boolean all) {
        return Json.createObjectBuilder(MessagesIT.text(clientMsgId, text))
                .add("mentions", Json.createArrayBuilder(userIds)).add("mentionAll", all).build();
    }

    private JsonObject unreadItem(Api.TestUser user, String gid) {
        var unread = api.get("/api/v1/unread", user.token());
        assertEquals(200, unread.status(), unread.raw());
        return unread.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> gid.equals(i.getString("groupId"))).findFirst().orElseThrow();
    }

    private long lastSeq(Api.TestUser user, String gid) {
        var page = api.get(MessagesIT.messages(gid) + "?after=0&limit=200", user.token());
        assertEquals(200, page.status(), page.raw());
        return page.json().getJsonArray("items").size();
    }

    @Test
    void aMentionIsCarriedByTheMessageAndMarksTheConversationUntilRead() {
        var ann = api.newUser();
        var bob = api.newUser();
        var cy = api.newUser();
        String gid = api.groupOf(ann, List.of(bob, cy), null);

        var sent = api.post(MessagesIT.messages(gid), bob.token(), mentioning("m-1", "@cy lunch?", List.of(cy.id()), false));
        assertEquals(201, sent.status(), sent.raw());
        assertEquals(List.of(cy.id()), sent.json().getJsonArray("mentions").getValuesAs(JsonString::getString));
        assertFalse(sent.json().containsKey("mentionAll"), "absent unless true: " + sent.raw());
        var history = api.get(MessagesIT.messages(gid) + "?after=0", ann.token()).json().getJsonArray("items");
        assertEquals(sent.json(), history.getJsonObject(0));

        assertTrue(unreadItem(cy, gid).getBoolean("mentioned"));
        assertFalse(unreadItem(ann, gid).getBoolean("mentioned"), "ann was not mentioned");
        assertFalse(unreadItem(bob, gid).getBoolean("mentioned"), "the sender has read their own message");

        long seq = sent.json().getJsonNumber("seq").longValue();
        assertEquals(204, api.put("/api/v1/groups/" + gid + "/read", cy.token(),
                Json.createObjectBuilder().add("seq", seq).build()).status());
        assertFalse(unreadItem(cy, gid).getBoolean("mentioned"), "read past the mention");
        assertEquals(1, lastSeq(ann, gid));
    }

    @Test
    void theOwnerMentionsEveryoneAndAMemberMayNot() {
        var ann = api.newUser();
        var bob = api.newUser();
        var cy = api.newUser();
        String gid = api.groupOf(ann, List.of(bob, cy), null);
        assertEquals(204, api.put("/api/v1/groups/" + gid + "/settings", cy.token(),
                Json.createObjectBuilder().add("doNotDisturb", true).build()).status());

        var refused = api.post(MessagesIT.messages(gid), bob.token(), mentioning("a-1", "@all", List.of(), true));
        assertEquals(403, refused.status(), refused.raw());
        assertEquals("FORBIDDEN", refused.errorCode());
        assertEquals(0, lastSeq(ann, gid), "nothing stored, no seq taken");

        var sent = api.post(MessagesIT.messages(gid), ann.token(), mentioning("a-2", "@all meeting at 3", List.of(), true));
        assertEquals(201, sent.status(), sent.raw());
        assertTrue(sent.json().getBoolean("mentionAll"));
        assertTrue(unreadItem(bob, gid).getBoolean("mentioned"));
        assertTrue(unreadItem(cy, gid).getBoolean("mentioned"), "a mention goes through do-not-disturb");
        assertFalse(unreadItem(ann, gid).getBoolean("mentioned"));
    }

    @Test
    void aMentionOfSomeoneOutsideTheConversationOrOfTooManyStoresNothing() {
        var ann = api.newUser();
        var bob = api.newUser();
        var outsider = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);

        var stranger = api.post(MessagesIT.messages(gid), ann.token(), mentioning("s-1", "hi", List.of(bob.id(), outsider.id()), false));
        assertEquals(400, stranger.status(), stranger.raw());
        assertEquals("BAD_REQUEST", stranger.errorCode());
        assertTrue(stranger.raw().contains("mentions"), stranger.raw());

        var many = IntStream.rangeClosed(1, 51).mapToObj(i -> bob.id() + "-" + i).toList();
        assertEquals(400, api.post(MessagesIT.messages(gid), ann.token(), mentioning("s-2", "hi", many, false)).status());
        var notAList = Json.createObjectBuilder(MessagesIT.text("s-3", "hi")).add("mentions", bob.id()).build();
        assertEquals(400, api.post(MessagesIT.messages(gid), ann.token(), notAList).status());
        assertEquals(0, lastSeq(ann, gid), "nothing stored, no seq taken");
        assertFalse(unreadItem(bob, gid).getBoolean("mentioned"));
        assertEquals(404, api.post(MessagesIT.messages(gid), outsider.token(),
                mentioning("s-4", "hi", List.of(bob.id()), false)).status(), "a stranger learns nothing of the group");
    }

    @Test
    void aSendFrameMentionsAndIsRefusedLikeARestSend() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        try (Ws annWs = Ws.connect(api, ann); Ws bobWs = Ws.connect(api, bob)) {
            bobWs.send("{\"type\":\"send\",\"clientMsgId\":\"f-1\",\"groupId\":\"" + gid
                    + "\",\"msgType\":\"TEXT\",\"text\":\"@ann\",\"mentions\":[\"" + ann.id() + "\"]}");
            assertEquals(1, bobWs.next("ack", 10).getInt("seq"));
            var notify = annWs.next(f -> "notify".equals(f.getString("type", "")) && f.containsKey("items"), 10);
            assertEquals(List.of(ann.id()), notify.getJsonArray("items").getJsonObject(0).getJsonArray("mentions")
                    .getValuesAs(JsonString::getString));

            bobWs.send("{\"type\":\"send\",\"clientMsgId\":\"f-2\",\"groupId\":\"" + gid
                    + "\",\"msgType\":\"TEXT\",\"text\":\"@all\",\"mentionAll\":true}");
            var error = bobWs.next("error", 10);
            assertEquals("FORBIDDEN", error.getString("code"));
            assertEquals("f-2", error.getString("clientMsgId"));
            bobWs.send("{\"type\":\"send\",\"clientMsgId\":\"f-3\",\"groupId\":\"" + gid
                    + "\",\"msgType\":\"TEXT\",\"text\":\"x\",\"mentions\":\"" + ann.id() + "\"}");
            assertEquals("BAD_REQUEST", bobWs.next("error", 10).getString("code"));
        }
        assertTrue(unreadItem(ann, gid).getBoolean("mentioned"));
        assertEquals(1, lastSeq(ann, gid));
    }
}
