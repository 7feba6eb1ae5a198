package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Contact requests, acceptance, the contact list and who may see whose presence. */
class ContactsIT extends ServerIT {

    private static JsonObject to(String userId) {
        return Json.createObjectBuilder().add("userId", userId).build();
    }

    @Test
    void anAcceptedRequestMakesBothContactsAndBothHearOfIt() {
        var ann = api.newUser();
        var bob = api.newUser();
        try (Ws annSocket = Ws.connect(api, ann); Ws bobSocket = Ws.connect(api, bob)) {
            var request = api.post("/api/v1/contacts/requests", ann.token(), to(bob.id()));
            assertEquals(201, request.status(), request.raw());
            assertEquals("PENDING", request.json().getString("status"));
            assertEquals(ann.id(), request.json().getString("fromUserId"));
            assertEquals(bob.id(), request.json().getString("toUserId"));

            JsonObject heard = bobSocket.next(f -> "contact.request".equals(f.getString("event", "")), 10);
            assertEquals(request.json().getString("id"), heard.getJsonObject("request").getString("id"));

            var accepted = api.post("/api/v1/contacts/requests/" + request.json().getString("id") + "/accept", bob.token(), null);
            assertEquals(200, accepted.status(), accepted.raw());
            assertEquals("ACCEPTED", accepted.json().getString("status"));
            JsonObject annHeard = annSocket.next(f -> "contact.request".equals(f.getString("event", ""))
                    && "ACCEPTED".equals(f.getJsonObject("request").getString("status")), 10);
            assertEquals(bob.id(), annHeard.getJsonObject("request").getString("toUserId"));
        }
        assertEquals(bob.id(), onlyContact(ann));
        assertEquals(ann.id(), onlyContact(bob));
    }

    private String onlyContact(Api.TestUser user) {
        var list = api.get("/api/v1/contacts", user.token());
        assertEquals(200, list.status());
        assertEquals(1, list.json().getJsonArray("items").size(), list.raw());
        JsonObject contact = list.json().getJsonArray("items").getJsonObject(0);
        assertTrue(contact.containsKey("nickname") && contact.containsKey("online"));
        return contact.getString("id");
    }

    @Test
    void onlyTheRecipientMayAccept() {
        var ann = api.newUser();
        var bob = api.newUser();
        var eve = api.newUser();
        String id = api.post("/api/v1/contacts/requests", ann.token(), to(bob.id())).json().getString("id");
        assertEquals(404, api.post("/api/v1/contacts/requests/" + id + "/accept", eve.token(), null).status());
        assertEquals(404, api.post("/api/v1/contacts/requests/" + id + "/accept", ann.token(), null).status());
        assertEquals(0, api.get("/api/v1/contacts", ann.token()).json().getJsonArray("items").size());
        assertEquals(404, api.post("/api/v1/contacts/requests/no-such-request/accept", bob.token(), null).status());
    }

    @Test
    void askingTwiceAnswersTheSameRequestAndAskingBackAccepts() {
        var ann = api.newUser();
        var bob = api.newUser();
        String first = api.post("/api/v1/contacts/requests", ann.token(), to(bob.id())).json().getString("id");
        assertEquals(first, api.post("/api/v1/contacts/requests", ann.token(), to(bob.id())).json().getString("id"));
        var back = api.post("/api/v1/contacts/requests", bob.token(), to(ann.id()));
        assertEquals("ACCEPTED", back.json().getString("status"), back.raw());
        var again = api.post("/api/v1/contacts/requests", ann.token(), to(bob.id()));
        assertEquals(409, again.status());
        assertEquals("ALREADY_CONTACTS", again.errorCode());
    }

    @Test
    void badContactRequestsChangeNothing() {
        var ann = api.newUser();
        assertEquals(400, api.post("/api/v1/contacts/requests", ann.token(), to(ann.id())).status());
        assertEquals(404, api.post("/api/v1/contacts/requests", ann.token(), to("no-such-user")).status());
        assertEquals(400, api.post("/api/v1/contacts/requests", ann.token(), "{}").status());
        assertEquals(401, api.post("/api/v1/contacts/requests", null, to(ann.id())).status());
        assertEquals(0, api.get("/api/v1/contacts", ann.token()).json().getJsonArray("items").size());
    }

    @Test
    void presenceIsForContactsAndOneself() {
        var ann = api.newUser();
        var bob = api.newUser();
        var eve = api.newUser();
        api.makeContacts(ann, bob);

        var seen = api.get("/api/v1/presence?userIds=" + bob.id() + "," + ann.id(), ann.token());
        assertEquals(200, seen.status(), seen.raw());
        assertEquals(2, seen.json().getJsonArray("items").size());
        var refused = api.get("/api/v1/presence?userIds=" + eve.id(), ann.token());
        assertEquals(403, refused.status());
        assertEquals(400, api.get("/api/v1/presence", ann.token()).status());
    }
}
