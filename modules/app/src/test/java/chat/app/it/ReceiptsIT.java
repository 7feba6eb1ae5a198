package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Read receipts: derived from the read cursors, they move as members read; the sender hears of
 * each move as a receipt event; the sender, the owner and admins ask, nobody else; strangers and
 * missing messages are 404; a conversation of 101 members keeps none.
 */
class ReceiptsIT extends ServerIT {

    static String receipts(String gid, long seq) {
        return MessagesIT.messages(gid) + "/" + seq + "/receipts";
    }

    private JsonObject receiptsOf(Api.TestUser asker, String gid, long seq) {
        var answer = api.get(receipts(gid, seq), asker.token());
        assertEquals(200, answer.status(), answer.raw());
        return answer.json();
    }

    private static List<String> readers(JsonObject receipts) {
        return receipts.getJsonArray("readers").getValuesAs(JsonObject.class).stream().map(r -> r.getString("userId")).toList();
    }

    private void read(Api.TestUser reader, String gid, long seq) {
        assertEquals(204, api.put("/api/v1/groups/" + gid + "/read", reader.token(),
                Json.createObjectBuilder().add("seq", seq).build()).status());
    }

    @Test
    void receiptsMoveAsMembersReadAndTheSenderHearsOfEachMove() {
        var ann = api.newUser();
        var bob = api.newUser();
        var cy = api.newUser();
        String gid = api.groupOf(ann, List.of(bob, cy), null);
        api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("rc-1", "one"));
        api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("rc-2", "two"));
        var none = receiptsOf(ann, gid, 2);
        assertEquals(0, none.getInt("readCount"));
        assertEquals(2, none.getInt("unreadCount"), "the sender is not counted");
        assertEquals(List.of(), readers(none));

        try (Ws annWs = Ws.connect(api, ann)) {
            read(bob, gid, 2);
            var receipt = annWs.next(f -> "receipt".equals(f.getString("event", "")), 10);
            assertEquals(gid, receipt.getString("groupId"));
            assertEquals(bob.id(), receipt.getString("userId"));
            assertEquals(2, receipt.getInt("seq"));
            var byBob = receiptsOf(ann, gid, 2);
            assertEquals(1, byBob.getInt("readCount"));
            assertEquals(1, byBob.getInt("unreadCount"));
            assertEquals(List.of(bob.id()), readers(byBob));
            assertEquals("Nick " + bob.username(), byBob.getJsonArray("readers").getJsonObject(0).getString("nickname"),
                    "readers carry their nickname");

            read(cy, gid, 1);
            var fromCy = annWs.next(f -> "receipt".equals(f.getString("event", "")) && cy.id().equals(f.getString("userId")), 10);
            assertEquals(1, fromCy.getInt("seq"), "a move held within a paced second still comes");
            assertEquals(1, receiptsOf(ann, gid, 2).getInt("readCount"));
            assertEquals(2, receiptsOf(ann, gid, 1).getInt("readCount"));
        }
        var bobSends = api.post(MessagesIT.messages(gid), bob.token(), MessagesIT.text("rc-3", "three"));
        assertEquals(201, bobSends.status());
        assertEquals(0, receiptsOf(bob, gid, 3).getInt("readCount"), "a sender asks of their own message");
        assertEquals(2, receiptsOf(bob, gid, 3).getInt("unreadCount"));
        assertEquals(List.of(bob.id()), readers(receiptsOf(ann, gid, 2)), "sending read what came before for bob");
    }

    @Test
    void onlyTheSenderTheOwnerAndAdminsAskAndStrangersAndMissingMessagesAreNotFound() {
        var ann = api.newUser();
        var bob = api.newUser();
        var cy = api.newUser();
        var outsider = api.newUser();
        String gid = api.groupOf(ann, List.of(bob, cy), null);
        api.post(MessagesIT.messages(gid), cy.token(), MessagesIT.text("rc-1", "cy's"));
        assertEquals(403, api.get(receipts(gid, 1), bob.token()).status(), "a plain member asks of another's message");
        assertEquals(200, api.get(receipts(gid, 1), ann.token()).status(), "the owner may");
        assertEquals(200, api.get(receipts(gid, 1), cy.token()).status());
        assertEquals(404, api.get(receipts(gid, 1), outsider.token()).status());
        assertEquals(404, api.get(receipts(gid, 9), ann.token()).status());
        assertEquals(204, api.delete(MessagesIT.messages(gid) + "/1", cy.token()).status());
        assertEquals(404, api.get(receipts(gid, 1), cy.token()).status(), "a recalled message has no receipts");
    }

    @Test
    void aConversationOfMoreThanAHundredMembersKeepsNoReceipts() {
        var staff = api.botUsers(101);
        var members = Json.createArrayBuilder();
        staff.subList(1, 101).forEach(u -> members.add(u.id()));
        var created = api.admin("/api/v1/admin/groups", Json.createObjectBuilder().add("name", "All hands")
                .add("ownerId", staff.get(0).id()).add("memberIds", members).build(), Api.ADMIN_KEY);
        assertEquals(201, created.status(), created.raw());
        String gid = created.json().getString("id");
        assertEquals(101, created.json().getInt("memberCount"));
        assertEquals(201, api.post(MessagesIT.messages(gid), staff.get(0).token(), MessagesIT.text("rc-1", "hello")).status());
        var refused = api.get(receipts(gid, 1), staff.get(0).token());
        assertEquals(403, refused.status(), refused.raw());
        assertEquals("FORBIDDEN", refused.errorCode());

        var smaller = api.admin("/api/v1/admin/groups", Json.createObjectBuilder().add("name", "Hundred")
                .add("ownerId", staff.get(0).id()).add("memberIds", Json.createArrayBuilder(
                        staff.subList(1, 100).stream().map(Api.TestUser::id).toList())).build(), Api.ADMIN_KEY);
        String hundred = smaller.json().getString("id");
        assertEquals(201, api.post(MessagesIT.messages(hundred), staff.get(0).token(), MessagesIT.text("rc-2", "hi")).status());
        assertEquals(99, receiptsOf(staff.get(0), hundred, 1).getInt("unreadCount"), "a hundred members keep them");
    }
}
