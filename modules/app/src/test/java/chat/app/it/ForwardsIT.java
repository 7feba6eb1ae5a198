package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Forwards: a member copies a text or a file they may read into a conversation they may post in,
 * marked forwarded, over REST and frames; the file becomes the target members' to download; red
 * packets, what the forwarder may not read, conversations they are not in, a wrong type and
 * content of the forward's own are refused, storing nothing.
 */
class ForwardsIT extends ServerIT {

    private final Money money = new Money(api);

    static JsonObjectBuilder forwarding(String clientMsgId, String type, String fromGroupId, long seq) {
        return Json.createObjectBuilder().add("clientMsgId", clientMsgId).add("type", type)
                .add("forwardFrom", Json.createObjectBuilder().add("groupId", fromGroupId).add("seq", seq));
    }

    private long lastSeq(Api.TestUser reader, String gid) {
        var items = api.get(MessagesIT.messages(gid) + "?before=999999&limit=1", reader.token()).json().getJsonArray("items");
        return items.isEmpty() ? 0 : items.getJsonObject(0).getJsonNumber("seq").longValue();
    }

    @Test
    void aTextIsCopiedMarkedForwardedAndMembersOfTheTargetGetIt() {
        var ann = api.newUser();
        var bob = api.newUser();
        var cy = api.newUser();
        String from = api.groupOf(ann, List.of(bob), null);
        String to = api.groupOf(ann, List.of(cy), null);
        assertEquals(201, api.post(MessagesIT.messages(from), bob.token(), MessagesIT.text("fw-1", "Team lunch Friday")).status());
        long before = lastSeq(ann, to);
        try (Ws cyWs = Ws.connect(api, cy)) {
            var sent = api.post(MessagesIT.messages(to), ann.token(), forwarding("fw-2", "TEXT", from, 1).build());
            assertEquals(201, sent.status(), sent.raw());
            assertTrue(sent.json().getBoolean("forwarded"));
            assertEquals("Team lunch Friday", sent.json().getString("text"));
            assertEquals(ann.id(), sent.json().getString("senderId"), "the forwarder sends the copy");
            var notify = cyWs.next(f -> "notify".equals(f.getString("type", "")) && to.equals(f.getString("groupId")), 10);
            assertTrue(notify.getJsonArray("items").getJsonObject(0).getBoolean("forwarded"));
            assertEquals(200, api.post(MessagesIT.messages(to), ann.token(), forwarding("fw-2", "TEXT", from, 1).build()).status(),
                    "a retry answers the stored copy");
        }
        assertEquals(before + 1, lastSeq(cy, to));
        var original = api.get(MessagesIT.messages(from) + "?after=0", bob.token()).json().getJsonArray("items").getJsonObject(0);
        assertFalse(original.containsKey("forwarded"), "the original is no forward");

        try (Ws annWs = Ws.connect(api, ann)) {
            annWs.send(forwarding("fw-3", "TEXT", from, 1).add("type", "send").add("msgType", "TEXT").add("groupId", to)
                    .build().toString());
            var ack = annWs.next("ack", 10);
            assertEquals(before + 2, ack.getJsonNumber("seq").longValue(), "a send frame forwards too");
        }
    }

    @Test
    void aForwardedFileBecomesDownloadableByTheTargetsMembers() throws Exception {
        var ann = api.newUser();
        var bob = api.newUser();
        var cy = api.newUser();
        String from = api.groupOf(ann, List.of(bob), null);
        String to = api.groupOf(ann, List.of(cy), null);
        var upload = api.upload(bob.token(), "image/png", Samples.image("png", 64, 48), true);
        assertEquals(201, upload.status(), upload.raw());
        String mediaId = upload.json().getString("id");
        assertEquals(201, api.post(MessagesIT.messages(from), bob.token(), Json.createObjectBuilder().add("clientMsgId", "img")
                .add("type", "IMAGE").add("mediaId", mediaId).build()).status());
        assertEquals(404, api.bytes("/api/v1/media/" + mediaId, cy.token(), null).statusCode(), "not cy's yet");

        var sent = api.post(MessagesIT.messages(to), ann.token(), forwarding("fw-img", "IMAGE", from, 1).build());
        assertEquals(201, sent.status(), sent.raw());
        assertEquals(mediaId, sent.json().getJsonObject("media").getString("id"));
        assertEquals(200, api.bytes("/api/v1/media/" + mediaId, cy.token(), null).statusCode(), "a member of the target now");
    }

    @Test
    void redPacketsWhatIsNotTheirsAWrongTypeAndContentOfItsOwnAreRefusedAndStoreNothing() {
        var ann = api.newUser();
        var bob = api.newUser();
        var cy = api.newUser();
        String from = api.groupOf(ann, List.of(bob), null);
        String to = api.groupOf(ann, List.of(cy), null);
        String theirs = api.groupOf(bob, List.of(cy), null);
        api.post(MessagesIT.messages(from), bob.token(), MessagesIT.text("fw-1", "one"));
        api.post(MessagesIT.messages(theirs), bob.token(), MessagesIT.text("fw-2", "not ann's"));
        money.credit(ann, 1_000);
        money.awaitBalance(ann, 1_000);
        money.sent(ann, from, 200, 2);
        long packetSeq = lastSeq(ann, from);
        api.post(MessagesIT.messages(from), bob.token(), MessagesIT.text("fw-3", "taken back"));
        long recalled = lastSeq(ann, from);
        assertEquals(204, api.delete(MessagesIT.messages(from) + "/" + recalled, bob.token()).status());
        long before = lastSeq(ann, to);

        assertRefused(400, "forwardFrom", api.post(MessagesIT.messages(to), ann.token(),
                forwarding("x1", "TEXT", from, packetSeq).build()));
        assertRefused(404, null, api.post(MessagesIT.messages(to), ann.token(), forwarding("x2", "TEXT", theirs, 1).build()));
        assertRefused(404, null, api.post(MessagesIT.messages(theirs), ann.token(), forwarding("x3", "TEXT", from, 1).build()));
        assertRefused(404, null, api.post(MessagesIT.messages(to), ann.token(), forwarding("x4", "TEXT", from, recalled).build()));
        assertRefused(404, null, api.post(MessagesIT.messages(to), ann.token(), forwarding("x5", "TEXT", from, 999).build()));
        assertRefused(400, "type", api.post(MessagesIT.messages(to), ann.token(), forwarding("x6", "IMAGE", from, 1).build()));
        assertRefused(400, "forwardFrom", api.post(MessagesIT.messages(to), ann.token(),
                forwarding("x7", "TEXT", from, 1).add("text", "my words").build()));
        assertRefused(400, "forwardFrom.seq", api.post(MessagesIT.messages(to), ann.token(),
                forwarding("x8", "TEXT", from, 0).build()));
        assertEquals(before, lastSeq(ann, to), "nothing stored");
    }

    private static void assertRefused(int status, String field, Api.Answer answer) {
        assertEquals(status, answer.status(), answer.raw());
        if (field != null) {
            assertTrue(answer.json().getJsonObject("error").getString("message").startsWith(field + ":"), answer.raw());
        }
    }
}
