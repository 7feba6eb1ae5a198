package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Reactions: members put and take back emoji, every read shows the counts and the reader's own,
 * members hear of each change; a reaction takes no seq and moves no unread count; strangers,
 * missing or recalled messages and text that is no emoji change nothing; 20 different emoji at
 * most, even when thirty members react at once.
 */
class ReactionsIT extends ServerIT {

    static String reaction(String gid, long seq, String emoji) {
        return MessagesIT.messages(gid) + "/" + seq + "/reactions/" + URLEncoder.encode(emoji, StandardCharsets.UTF_8);
    }

    private JsonObject message(Api.TestUser reader, String gid, long seq) {
        var page = api.get(MessagesIT.messages(gid) + "?after=" + (seq - 1) + "&until=" + seq, reader.token());
        assertEquals(200, page.status(), page.raw());
        return page.json().getJsonArray("items").getJsonObject(0);
    }

    private static String counts(JsonObject message) {
        if (!message.containsKey("reactions")) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (JsonObject r : message.getJsonArray("reactions").getValuesAs(JsonObject.class)) {
            out.append(r.getString("emoji")).append(r.getInt("count")).append(r.getBoolean("mine", false) ? "*" : "").append(' ');
        }
        return out.toString().trim();
    }

    private int unread(Api.TestUser user, String gid) {
        for (var item : api.get("/api/v1/unread", user.token()).json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            if (item.getString("groupId").equals(gid)) {
                return item.getInt("unread");
            }
        }
        throw new AssertionError("no unread item for " + gid);
    }

    @Test
    void membersReactEveryReadShowsTheCountsAndTheirOwnAndMembersHearOfIt() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        assertEquals(201, api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("r-1", "Lunch?")).status());
        int bobUnread = unread(bob, gid);
        try (Ws annWs = Ws.connect(api, ann)) {
            assertEquals(204, api.put(reaction(gid, 1, "👍"), bob.token(), null).status());
            var event = annWs.next(f -> "message.reactions".equals(f.getString("event", "")), 10);
            assertEquals(gid, event.getString("groupId"));
            assertEquals(1, event.getInt("seq"));
            assertEquals(bob.id(), event.getString("byUserId"));
            assertEquals("👍", event.getString("emoji"));
            assertTrue(event.getBoolean("added"));
            assertEquals("👍", event.getJsonArray("reactions").getJsonObject(0).getString("emoji"));
            assertEquals(1, event.getJsonArray("reactions").getJsonObject(0).getInt("count"));

            assertEquals(204, api.put(reaction(gid, 1, "👍"), ann.token(), null).status());
            assertEquals(204, api.put(reaction(gid, 1, "❤️"), ann.token(), null).status());
            assertEquals(204, api.put(reaction(gid, 1, "❤️"), ann.token(), null).status(), "again changes nothing");
            assertEquals("👍2* ❤️1", counts(message(bob, gid, 1)), "history shows bob his own");
            assertEquals("👍2* ❤️1*", counts(message(ann, gid, 1)));
            annWs.send(Json.createObjectBuilder().add("type", "pull").add("groupId", gid).add("after", 0).build().toString());
            var pulled = annWs.next("messages", 10);
            assertEquals("👍2* ❤️1*", counts(pulled.getJsonArray("items").getJsonObject(0)), "a pull shows them too");

            assertEquals(204, api.delete(reaction(gid, 1, "👍"), bob.token()).status());
            var removed = annWs.next(f -> "message.reactions".equals(f.getString("event", "")) && !f.getBoolean("added"), 10);
            assertEquals(bob.id(), removed.getString("byUserId"));
            assertEquals("👍1 ❤️1", counts(message(bob, gid, 1)));
        }
        assertEquals(bobUnread, unread(bob, gid), "a reaction moves no unread count");
        var next = api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("r-2", "Noon then"));
        assertEquals(2, next.json().getInt("seq"), "a reaction takes no seq");
        assertFalse(next.json().containsKey("reactions"), "a message nobody reacted to has no reactions key");
    }

    @Test
    void strangersMissingOrRecalledMessagesAndTextThatIsNoEmojiChangeNothing() {
        var ann = api.newUser();
        var bob = api.newUser();
        var outsider = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("r-1", "one"));
        api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("r-2", "two"));
        assertEquals(404, api.put(reaction(gid, 1, "👍"), outsider.token(), null).status(), "a stranger reacts to nothing");
        assertEquals(404, api.delete(reaction(gid, 1, "👍"), outsider.token()).status());
        assertEquals(404, api.put(reaction(gid, 9, "👍"), bob.token(), null).status(), "no message 9");
        for (String notOne : List.of("ok", "a👍", "<script>", "👍 x", "1")) {
            var refused = api.put(reaction(gid, 1, notOne), bob.token(), null);
            assertEquals(400, refused.status(), notOne + ": " + refused.raw());
            assertTrue(refused.json().getJsonObject("error").getString("message").contains("emoji"), refused.raw());
        }
        assertEquals("", counts(message(bob, gid, 1)), "nothing stored");

        assertEquals(204, api.put(reaction(gid, 2, "😂"), bob.token(), null).status());
        assertEquals(204, api.delete(MessagesIT.messages(gid) + "/2", ann.token()).status());
        assertEquals("", counts(message(bob, gid, 2)), "a recall takes the reactions");
        assertEquals(404, api.put(reaction(gid, 2, "😂"), bob.token(), null).status(), "nor may one react to it");
    }

    @Test
    void thirtyMembersReactingAtOnceLeaveTwentyEmojiAndEveryOneOfTheSameCounted() throws Exception {
        var owner = api.newUser();
        var members = api.botUsers(30);
        String gid = api.groupOf(owner, members, null);
        api.post(MessagesIT.messages(gid), owner.token(), MessagesIT.text("r-1", "one"));
        api.post(MessagesIT.messages(gid), owner.token(), MessagesIT.text("r-2", "two"));
        List<Callable<Integer>> different = new ArrayList<>();
        List<Callable<Integer>> same = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            String token = members.get(i).token();
            String emoji = new String(Character.toChars(0x1F600 + i));
            different.add(() -> api.put(reaction(gid, 1, emoji), token, null).status());
            same.add(() -> api.put(reaction(gid, 2, "👍"), token, null).status());
        }
        List<Integer> statuses = atOnce(different);
        assertEquals(20, statuses.stream().filter(s -> s == 204).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 204 || s == 409), statuses.toString());
        var first = message(owner, gid, 1).getJsonArray("reactions");
        assertEquals(20, first.size());
        assertTrue(first.getValuesAs(JsonObject.class).stream().allMatch(r -> r.getInt("count") == 1));
        var refused = api.put(reaction(gid, 1, "🤔"), owner.token(), null);
        assertEquals(409, refused.status(), refused.raw());
        assertEquals("CONFLICT", refused.errorCode());

        assertTrue(atOnce(same).stream().allMatch(s -> s == 204));
        assertEquals("👍30", counts(message(owner, gid, 2)));
    }

    private static List<Integer> atOnce(List<Callable<Integer>> calls) throws Exception {
        var pool = Executors.newFixedThreadPool(calls.size());
        List<Integer> statuses = new ArrayList<>();
        try {
            for (var answer : pool.invokeAll(calls)) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        return statuses;
    }
}
