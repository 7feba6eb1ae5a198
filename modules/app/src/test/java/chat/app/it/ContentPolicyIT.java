package chat.app.it;

import static chat.app.it.ContentWords.BLOCKED;
import static chat.app.it.ContentWords.BLOCKED_CHINESE;
import static chat.app.it.ContentWords.MASKED;
import static chat.app.it.ContentWords.MASKED_CHINESE;
import static chat.app.it.ContentWords.POLICY;
import static chat.app.it.ContentWords.REFUSAL;
import static chat.app.it.ContentWords.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The content policy (shared/api-contract.md, "Content policy"): BLOCK and MASK words over REST and
 * WebSocket, disguised as people disguise them and in Chinese; nothing stored, no seq and no rate
 * budget taken on a refusal; greetings, group names, announcements and nicknames; the operator's word
 * list and the hits it records. The company's moderation service: {@link ModerationServiceIT}.
 * The words are ones no other test writes, and are taken off the list after each test.
 */
class ContentPolicyIT extends ServerIT {

    @BeforeEach
    void listTheWords() {
        ContentWords.list(api);
    }

    @AfterEach
    void unlistTheWords() {
        ContentWords.unlist(api);
    }

    @Test
    void aBlockedMessageIsRefusedHoweverWrittenAndNothingIsStored() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        List<String> disguised = List.of("hello " + BLOCKED, "ＺＱＸＶＢＬＯＣＫ", "z q x v b l o c k!", "Zq-Xv-Block.",
                "快来" + BLOCKED_CHINESE + "吧", "禁 词·测 试", "𝐳𝐪𝐱𝐯𝐛𝐥𝐨𝐜𝐤");
        for (int i = 0; i < disguised.size(); i++) {
            var refused = api.post(MessagesIT.messages(gid), bob.token(), MessagesIT.text("b-" + i, disguised.get(i)));
            assertEquals(422, refused.status(), disguised.get(i) + ": " + refused.raw());
            assertEquals("CONTENT_BLOCKED", refused.errorCode());
            assertEquals(REFUSAL, refused.json().getJsonObject("error").getString("message"));
        }
        try (Ws bobWs = Ws.connect(api, bob)) {
            bobWs.send("{\"type\":\"send\",\"clientMsgId\":\"w-1\",\"groupId\":\"" + gid
                    + "\",\"msgType\":\"TEXT\",\"text\":\"ｚｑｘｖ ｂｌｏｃｋ\"}");
            JsonObject error = bobWs.next("error", 10);
            assertEquals("CONTENT_BLOCKED", error.getString("code"));
            assertEquals("w-1", error.getString("clientMsgId"));
            assertEquals(REFUSAL, error.getString("message"));
            bobWs.send("{\"type\":\"send\",\"clientMsgId\":\"w-2\",\"groupId\":\"" + gid
                    + "\",\"msgType\":\"TEXT\",\"text\":\"a blockchain, a class, 抢红包啦\"}");
            assertEquals(1, bobWs.next("ack", 10).getInt("seq"), "no seq was taken by the refusals");
        }
        var history = api.get(MessagesIT.messages(gid) + "?after=0", ann.token()).json().getJsonArray("items");
        assertEquals(1, history.size(), history.toString());
        assertEquals("a blockchain, a class, 抢红包啦", history.getJsonObject(0).getString("text"));
    }

    @Test
    void aRefusalSpendsNoneOfTheSendersRateBudget() {
        var ann = api.newUser();
        String gid = api.groupOf(ann, List.of(), null);
        int limit = 300; // the test server's CHAT_MESSAGES_RATE_LIMIT per 10 s
        for (int i = 0; i <= limit; i++) {
            var refused = api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("r-" + i, BLOCKED + " " + i));
            assertEquals(422, refused.status(), "send " + i + ": " + refused.raw());
        }
        var sent = api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("ok", "fine"));
        assertEquals(201, sent.status(), sent.raw());
        assertEquals(1, sent.json().getInt("seq"));
    }

    @Test
    void aMaskedWordIsStoredAsStars() {
        var ann = api.newUser();
        String gid = api.groupOf(ann, List.of(), null);
        var sent = api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("m-1", "you ZQXV-MASK, 抢口令红包啦!"));
        assertEquals(201, sent.status(), sent.raw());
        assertEquals("you ****-****, 抢****啦!", sent.json().getString("text"));
        try (Ws annWs = Ws.connect(api, ann)) {
            annWs.send("{\"type\":\"send\",\"clientMsgId\":\"m-2\",\"groupId\":\"" + gid
                    + "\",\"msgType\":\"TEXT\",\"text\":\"ｚｑｘｖｍａｓｋ\"}");
            assertEquals(2, annWs.next("ack", 10).getInt("seq"));
        }
        var history = api.get(MessagesIT.messages(gid) + "?after=0", ann.token()).json().getJsonArray("items");
        assertEquals("you ****-****, 抢****啦!", history.getJsonObject(0).getString("text"));
        assertEquals("********", history.getJsonObject(1).getString("text"));
    }

    @Test
    void greetingsGroupNamesAnnouncementsAndNicknamesPassThePolicy() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        api.makeContacts(ann, api.newUser());

        var badGroup = api.post("/api/v1/groups", ann.token(), Json.createObjectBuilder().add("name", "The " + BLOCKED + " club")
                .add("memberIds", Json.createArrayBuilder().add(bob.id())).build());
        assertEquals(422, badGroup.status(), badGroup.raw());
        assertEquals("This group name contains words this company does not allow",
                badGroup.json().getJsonObject("error").getString("message"));
        assertEquals(1, api.get("/api/v1/groups", ann.token()).json().getJsonArray("items").size(), "no group was made");

        assertEquals(422, api.patch("/api/v1/groups/" + gid, ann.token(), Json.createObjectBuilder()
                .add("name", BLOCKED_CHINESE).build()).status());
        var announced = api.patch("/api/v1/groups/" + gid, ann.token(), Json.createObjectBuilder()
                .add("announcement", "no " + MASKED + " here").build());
        assertEquals(200, announced.status(), announced.raw());
        JsonObject group = api.get("/api/v1/groups/" + gid, ann.token()).json();
        assertEquals("Team " + ann.username(), group.getString("name"), "the refused name changed nothing");
        assertEquals("no ******** here", group.getString("announcement"));

        var nick = api.patch("/api/v1/users/me", bob.token(), Json.createObjectBuilder().add("nickname", "Mr " + BLOCKED).build());
        assertEquals(422, nick.status(), nick.raw());
        assertEquals("Nick " + bob.username(), api.get("/api/v1/users/me", bob.token()).json().getString("nickname"));
        var signUp = api.post("/api/v1/users", null, Json.createObjectBuilder().add("username", Api.uniqueName())
                .add("password", "correct horse battery").add("nickname", BLOCKED_CHINESE).build());
        assertEquals(422, signUp.status(), signUp.raw());

        assertEquals(201, api.post("/api/v1/wallet/topups", ann.token(), Json.createObjectBuilder()
                .add("amountCents", 300).add("clientId", "t-1").build()).status());
        var badPacket = api.post("/api/v1/groups/" + gid + "/redpacks", ann.token(), Json.createObjectBuilder()
                .add("totalCents", 100).add("count", 1).add("greeting", BLOCKED).add("clientId", "p-1").build());
        assertEquals(422, badPacket.status(), badPacket.raw());
        assertEquals(300, new Money(api).balance(ann), "no money moved");
        var packet = api.post("/api/v1/groups/" + gid + "/redpacks", ann.token(), Json.createObjectBuilder()
                .add("totalCents", 100).add("count", 1).add("greeting", "抢" + MASKED_CHINESE).add("clientId", "p-2").build());
        assertEquals(201, packet.status(), packet.raw());
        assertEquals("抢****", api.get("/api/v1/redpacks/" + packet.json().getString("id"), ann.token()).json()
                .getString("greeting"));
    }

    @Test
    void theOperatorSeesWhoWroteWhatWhereWithoutTheText() {
        var ann = api.newUser();
        String gid = api.groupOf(ann, List.of(), null);
        assertEquals(422, api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("h-1", "a " + BLOCKED)).status());
        assertEquals(201, api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("h-2", "a " + MASKED)).status());
        List<JsonObject> hits = ContentWords.hitsOf(api, ann.id());
        assertEquals(2, hits.size(), hits.toString());
        assertEquals("MASK", hits.get(0).getString("action"));
        assertEquals(MASKED, hits.get(0).getString("word"));
        assertEquals("BLOCK", hits.get(1).getString("action"));
        assertEquals(BLOCKED, hits.get(1).getString("word"));
        for (JsonObject hit : hits) {
            assertEquals("MESSAGE", hit.getString("field"));
            assertEquals(gid, hit.getString("groupId"));
            assertTrue(hit.isNull("text"), "the text is kept only when the operator asked for it");
            assertTrue(hit.isNull("serviceReason"));
        }
        assertEquals(401, api.get(POLICY + "/hits", ann.token()).status());
    }

    @Test
    void theOperatorKeepsTheListAndBadChangesChangeNothing() {
        var list = api.adminGet(POLICY).json();
        assertTrue(list.getJsonArray("words").stream().map(JsonObject.class::cast)
                .anyMatch(w -> w.getString("word").equals(BLOCKED) && w.getString("action").equals("BLOCK")), list.toString());

        var alike = api.operator("POST", POLICY + "/words", words("ZQXV-BLOCK", "BLOCK", "zqxvnew", "MASK"));
        assertEquals(200, alike.status(), alike.raw());
        assertEquals(1, alike.json().getInt("added"));
        assertEquals(1, alike.json().getInt("changed"), "a spelling that reads alike is the same entry");
        assertEquals(204, api.operator("DELETE", POLICY + "/words?word=zqxvnew", null).status());
        assertEquals(404, api.operator("DELETE", POLICY + "/words?word=zqxvnew", null).status());

        for (JsonObject bad : List.of(words(), words("!!! ***", "BLOCK"), words("fine", "DELETE"),
                words("zqxvnever", "BLOCK", "", "MASK"), words("x".repeat(101), "MASK"))) {
            var refused = api.operator("POST", POLICY + "/words", bad);
            assertEquals(400, refused.status(), bad + ": " + refused.raw());
        }
        assertFalse(api.adminGet(POLICY).raw().contains("zqxvnever"), "all or none");
        assertEquals(401, api.operator("POST", POLICY + "/words", words("zqxvnever", "BLOCK"), "wrong-key-0123456789").status());
        var user = api.newUser();
        assertEquals(401, api.post(POLICY + "/words", user.token(), words("zqxvnever", "BLOCK")).status());

        List<JsonObject> audit = api.auditOf("words");
        assertEquals("content.words.add", audit.get(0).getString("action"));
        assertTrue(api.auditOf("zqxvnew").stream().anyMatch(row -> row.getString("action").equals("content.words.remove")));
    }

    @Test
    void theWholeListIsReplacedAtOnceAndABadListChangesNothing() {
        var before = api.adminGet(POLICY).json().getJsonArray("words");
        var refused = api.operator("PUT", POLICY, words(BLOCKED, "BLOCK", "zqxvother", "SHOUT"));
        assertEquals(400, refused.status(), refused.raw());
        assertEquals(before, api.adminGet(POLICY).json().getJsonArray("words"), "a refused list changes nothing");

        var replaced = api.operator("PUT", POLICY, words("ＺＱＸＶ-BLOCK", "MASK", BLOCKED_CHINESE, "BLOCK"));
        assertEquals(200, replaced.status(), replaced.raw());
        var now = replaced.json().getJsonArray("words").getValuesAs(JsonObject.class);
        assertEquals(2, now.size(), now.toString());
        assertEquals(List.of(BLOCKED_CHINESE + " BLOCK", "ＺＱＸＶ-BLOCK MASK"), now.stream()
                .map(w -> w.getString("word") + " " + w.getString("action")).sorted().toList());
        assertEquals("content.words.replace", api.auditOf("words").get(0).getString("action"));
        var ann = api.newUser();
        String gid = api.groupOf(ann, List.of(), null);
        ContentWords.awaitScreened(api, BLOCKED, false); // refused until this node reads the new list
        var masked = api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("r-1", BLOCKED + " " + MASKED));
        assertEquals(201, masked.status(), "the old BLOCK word is now MASK, the MASK word is gone: " + masked.raw());
        assertEquals("********* " + MASKED, masked.json().getString("text"));
    }

    @Test
    void aWordTakenOffTheListPassesAgain() {
        var ann = api.newUser();
        String gid = api.groupOf(ann, List.of(), null);
        assertEquals(204, api.operator("DELETE", POLICY + "/words?word=" + URLEncoder.encode("ＺＱＸＶＢＬＯＣＫ",
                StandardCharsets.UTF_8), null).status(), "any spelling alike");
        ContentWords.awaitScreened(api, BLOCKED, false);
        var sent = api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("u-1", "now " + BLOCKED + " is fine"));
        assertEquals(201, sent.status(), sent.raw());
    }

}
