package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Finding people, contact requests, acceptance, the contact list and who may see whose presence. */
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

    private List<String> search(Api.TestUser caller, String query) {
        var found = api.get("/api/v1/users?" + query, caller.token());
        assertEquals(200, found.status(), found.raw());
        return found.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("username")).toList();
    }

    private static String username(String prefix) {
        return "username=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8);
    }

    @Test
    void peopleAreFoundByTheStartOfTheirUsernameInAnyCaseInUsernameOrder() {
        var ann = api.newUser();
        String base = Api.uniqueName().substring(0, 16);
        String bob = base + "bob";
        String bea = base + "bea";
        String id = api.register(bob, "correct horse battery");
        api.register(bea, "correct horse battery");

        assertEquals(List.of(bea, bob), search(ann, username(base.toUpperCase())));
        assertEquals(List.of(bea), search(ann, username(base) + "&limit=1"));
        assertEquals(List.of(bob), search(ann, username(base + "Bo")));
        var item = api.get("/api/v1/users?" + username(bob), ann.token()).json().getJsonArray("items").getJsonObject(0);
        assertEquals(id, item.getString("id"));
        assertEquals("Nick " + bob, item.getString("nickname"));
        assertTrue(item.containsKey("avatarUrl"));
    }

    @Test
    void anUnderscoreInTheSearchIsAnUnderscore() {
        var ann = api.newUser();
        String base = Api.uniqueName().substring(0, 16);
        api.register(base + "_x", "correct horse battery");
        api.register(base + "ax", "correct horse battery");
        api.register(base + ".x", "correct horse battery");
        assertEquals(List.of(base + "_x"), search(ann, username(base + "_")));
        assertEquals(List.of(base + ".x"), search(ann, username(base + ".")));
        assertEquals(List.of(), search(ann, username(base + "_a")));
    }

    @Test
    void aBadSearchIsRefusedWithTheFieldItIsAbout() {
        var ann = api.newUser();
        for (String bad : List.of("", "username=", username("a".repeat(33)), username("an%"), username("an n"),
                username("an*"), username("an\\"), username("\u00c4nn"))) {
            assertRefused(api.get("/api/v1/users?" + bad, ann.token()), "username:");
        }
        for (String bad : List.of("0", "51", "-1", "abc", "", "99999999999")) {
            assertRefused(api.get("/api/v1/users?username=u&limit=" + bad, ann.token()), "limit:");
        }
        assertEquals(200, api.get("/api/v1/users?username=u&limit=50", ann.token()).status());
    }

    private static void assertRefused(Api.Answer answer, String messageStart) {
        assertEquals(400, answer.status(), answer.raw());
        assertEquals("BAD_REQUEST", answer.errorCode());
        assertTrue(answer.json().getJsonObject("error").getString("message").startsWith(messageStart), answer.raw());
        assertFalse(answer.json().containsKey("items"), answer.raw());
    }

    @Test
    void searchingNeedsAToken() {
        var refused = api.get("/api/v1/users?username=u", null);
        assertEquals(401, refused.status());
        assertEquals("UNAUTHENTICATED", refused.errorCode());
    }

    private List<String> pendingIds(Api.TestUser user) {
        var pending = api.get("/api/v1/contacts/requests", user.token());
        assertEquals(200, pending.status(), pending.raw());
        return pending.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    @Test
    void aPendingRequestIsListedForItsSenderAndItsRecipientOnly() {
        var ann = api.newUser();
        var bob = api.newUser();
        var eve = api.newUser();
        var request = api.post("/api/v1/contacts/requests", ann.token(), to(bob.id())).json();

        var bobs = api.get("/api/v1/contacts/requests", bob.token()).json().getJsonArray("items");
        assertEquals(List.of(request), bobs.getValuesAs(JsonObject.class));
        assertEquals(List.of(request.getString("id")), pendingIds(ann));
        assertEquals(List.of(), pendingIds(eve));
        assertEquals(401, api.get("/api/v1/contacts/requests", null).status());
    }

    @Test
    void pendingRequestsAreNewestFirstAndAnAcceptedOneLeavesTheList() {
        var ann = api.newUser();
        var bob = api.newUser();
        var cat = api.newUser();
        String sent = api.post("/api/v1/contacts/requests", ann.token(), to(bob.id())).json().getString("id");
        String received = api.post("/api/v1/contacts/requests", cat.token(), to(ann.id())).json().getString("id");
        assertEquals(List.of(received, sent), pendingIds(ann));

        assertEquals(200, api.post("/api/v1/contacts/requests/" + sent + "/accept", bob.token(), null).status());
        assertEquals(List.of(received), pendingIds(ann));
        assertEquals(List.of(), pendingIds(bob));
    }
}
