package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Replies: {@code replyTo} on a send (REST and frame) makes the message carry the one it answers,
 * quoted, in the answer, the history, pulls and notify items; recalling the original empties the
 * quote everywhere; a reply to a message of another conversation, or to none, stores nothing.
 */
class RepliesIT extends ServerIT {

    static JsonObject replying(String clientMsgId, String text, Object replyTo) {
        var body = Json.createObjectBuilder(MessagesIT.text(clientMsgId, text));
        if (replyTo instanceof Long seq) {
            body.add("replyTo", seq);
        } else {
            body.add("replyTo", String.valueOf(replyTo));
        }
        return body.build();
    }

    private List<JsonObject> history(Api.TestUser user, String gid) {
        var page = api.get(MessagesIT.messages(gid) + "?after=0&limit=200", user.token());
        assertEquals(200, page.status(), page.raw());
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void aReplyCarriesItsQuoteEverywhereAndARecallOfTheOriginalEmptiesIt() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        var original = api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("o-1", "Lunch at noon?"));
        assertEquals(201, original.status(), original.raw());

        var reply = api.post(MessagesIT.messages(gid), bob.token(), replying("r-1", "Yes!", 1L));
        assertEquals(201, reply.status(), reply.raw());
        JsonObject quote = reply.json().getJsonObject("replyTo");
        assertEquals(Json.createObjectBuilder().add("seq", 1).add("senderId", ann.id()).add("type", "TEXT")
                .add("preview", "Lunch at noon?").build(), quote);
        assertEquals(reply.json(), history(ann, gid).get(1));
        assertFalse(history(ann, gid).get(0).containsKey("replyTo"), "a message that answers none has no key");

        try (Ws annWs = Ws.connect(api, ann); Ws bobWs = Ws.connect(api, bob)) {
            bobWs.send("{\"type\":\"send\",\"clientMsgId\":\"r-2\",\"groupId\":\"" + gid
                    + "\",\"msgType\":\"TEXT\",\"text\":\"Where?\",\"replyTo\":1}");
            assertEquals(3, bobWs.next("ack", 10).getInt("seq"));
            var notify = annWs.next(f -> "notify".equals(f.getString("type", "")) && f.containsKey("items"), 10);
            assertEquals(quote, notify.getJsonArray("items").getJsonObject(0).getJsonObject("replyTo"));

            assertEquals(204, api.delete(MessagesIT.messages(gid) + "/1", ann.token()).status());
            annWs.next(f -> "message.recalled".equals(f.getString("event", "")), 10);
            annWs.send("{\"type\":\"pull\",\"groupId\":\"" + gid + "\",\"after\":0}");
            var pulled = annWs.next("messages", 10).getJsonArray("items").getValuesAs(JsonObject.class);
            assertEquals("", pulled.get(1).getJsonObject("replyTo").getString("preview"), "the pull, after the recall");
            assertEquals("", pulled.get(2).getJsonObject("replyTo").getString("preview"));
        }
        var after = history(bob, gid);
        assertEquals("", after.get(1).getJsonObject("replyTo").getString("preview"), "the history, after the recall");
        assertEquals(1, after.get(2).getJsonObject("replyTo").getInt("seq"), "the quote keeps its place");
        assertEquals("Yes!", after.get(1).getString("text"), "the reply itself stays");
    }

    @Test
    void aReplyToAMessageOfAnotherConversationOrToNoneStoresNothing() {
        var ann = api.newUser();
        var bob = api.newUser();
        var outsider = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        String other = api.groupOf(ann, List.of(outsider), null);
        for (int i = 1; i <= 3; i++) {
            assertEquals(201, api.post(MessagesIT.messages(other), ann.token(), MessagesIT.text("x-" + i, "elsewhere")).status());
        }
        assertEquals(201, api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("h-1", "here")).status());

        var elsewhere = api.post(MessagesIT.messages(gid), bob.token(), replying("b-1", "hm", 3L));
        assertEquals(400, elsewhere.status(), elsewhere.raw());
        assertEquals("BAD_REQUEST", elsewhere.errorCode());
        assertTrue(elsewhere.raw().contains("replyTo"), elsewhere.raw());
        assertEquals(400, api.post(MessagesIT.messages(gid), bob.token(), replying("b-2", "hm", 0L)).status());
        assertEquals(400, api.post(MessagesIT.messages(gid), bob.token(), replying("b-3", "hm", "one")).status());
        assertEquals(404, api.post(MessagesIT.messages(other), bob.token(), replying("b-4", "hm", 1L)).status(),
                "a stranger learns nothing of the conversation");
        assertEquals(1, history(ann, gid).size(), "nothing stored, no seq taken");

        try (Ws bobWs = Ws.connect(api, bob)) {
            bobWs.send("{\"type\":\"send\",\"clientMsgId\":\"b-5\",\"groupId\":\"" + gid
                    + "\",\"msgType\":\"TEXT\",\"text\":\"x\",\"replyTo\":\"1\"}");
            var error = bobWs.next("error", 10);
            assertEquals("BAD_REQUEST", error.getString("code"));
            assertTrue(error.getString("message").contains("replyTo"), error.toString());
            bobWs.send("{\"type\":\"send\",\"clientMsgId\":\"b-6\",\"groupId\":\"" + gid
                    + "\",\"msgType\":\"TEXT\",\"text\":\"x\",\"replyTo\":2}");
            assertEquals("BAD_REQUEST", bobWs.next("error", 10).getString("code"));
        }
        assertEquals(1, history(ann, gid).size());
    }
}
