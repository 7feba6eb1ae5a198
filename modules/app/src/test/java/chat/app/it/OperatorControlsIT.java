package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The operator's controls: accounts found and disabled (every token refused and every socket
 * closed at once, login 403, enabling brings no old token back), a message removed for everyone
 * with a reason, and the audit log, whose row commits in the change's own transaction and which a
 * refused call never reaches.
 */
class OperatorControlsIT extends ServerIT {

    private static final int POLICY_VIOLATION = 1008;
    private static final String PASSWORD = "correct horse battery";

    private Api.Answer operator(String method, String path, JsonObject body) {
        return api.operator(method, path, body);
    }

    private List<JsonObject> auditOf(String target) {
        return api.auditOf(target);
    }

    private static String xmin(String sql, String id) throws SQLException {
        try (var c = DriverManager.getConnection(System.getProperty("chat.it.dbUrl"), "postgres", "");
             var select = c.prepareStatement(sql)) {
            select.setString(1, id);
            try (var rows = select.executeQuery()) {
                assertTrue(rows.next(), "no row for " + id);
                return rows.getString(1);
            }
        }
    }

    @Test
    void aDisabledAccountIsRefusedAtOnceOnEveryPathAndEnablingBringsNoOldTokenBack() {
        String username = Api.uniqueName();
        String userId = api.register(username, PASSWORD);
        var session = api.logIn(username, PASSWORD, null);
        var user = new Api.TestUser(userId, username, session.getString("token"), session.getString("deviceId"));
        assertEquals(200, api.get("/api/v1/users/me", user.token()).status());

        try (Ws socket = Ws.connect(api, user)) {
            assertEquals(204, operator("POST", "/api/v1/admin/users/" + userId + "/disable", null).status());
            assertEquals(POLICY_VIOLATION, socket.closeCode(10), "the open socket closes");
        }
        var refused = api.get("/api/v1/users/me", user.token());
        assertEquals(401, refused.status(), refused.raw());
        assertEquals(401, api.post("/api/v1/ws-tickets", user.token(), null).status());
        var login = api.post("/api/v1/sessions", null,
                Json.createObjectBuilder().add("username", username).add("password", PASSWORD).build());
        assertEquals(403, login.status(), login.raw());
        assertEquals("ACCOUNT_DISABLED", login.errorCode());
        var bot = api.admin("/api/v1/admin/users/" + userId + "/sessions", null, Api.ADMIN_KEY);
        assertEquals(403, bot.status(), bot.raw());
        assertEquals("ACCOUNT_DISABLED", bot.errorCode());

        assertEquals(204, operator("POST", "/api/v1/admin/users/" + userId + "/disable", null).status());
        assertEquals(List.of("user.disable"), auditOf(userId).stream().map(r -> r.getString("action")).toList(),
                "disabling twice changed something once");
        var listed = api.adminGet("/api/v1/admin/users?q=" + username);
        assertTrue(listed.json().getJsonArray("items").getJsonObject(0).getBoolean("disabled"), listed.raw());

        assertEquals(204, operator("POST", "/api/v1/admin/users/" + userId + "/enable", null).status());
        assertEquals(401, api.get("/api/v1/users/me", user.token()).status(), "a token from before stays refused");
        var again = api.logIn(username, PASSWORD, null);
        assertEquals(200, api.get("/api/v1/users/me", again.getString("token")).status());
        assertEquals(List.of("user.enable", "user.disable"), auditOf(userId).stream().map(r -> r.getString("action")).toList());
        assertEquals("operator", auditOf(userId).get(0).getString("actor"));

        assertEquals(404, operator("POST", "/api/v1/admin/users/no-such-user/disable", null).status());
        assertEquals(401, api.raw("POST", "/api/v1/admin/users/" + userId + "/disable", again.getString("token"), null,
                null, null).status(), "a user's token does not open the operator API");
        assertEquals(List.of(), auditOf("no-such-user"));
    }

    @Test
    void theAuditRowCommitsInTheChangesTransactionAndARefusedCallLeavesNone() throws SQLException {
        var ann = api.newUser();
        assertEquals(204, operator("POST", "/api/v1/admin/users/" + ann.id() + "/disable", null).status());
        assertEquals(xmin("SELECT xmin::text FROM identity.users WHERE id = ?", ann.id()),
                xmin("SELECT xmin::text FROM platform.audit_log WHERE target = ? AND action = 'user.disable'", ann.id()),
                "the change and its audit row were written by one transaction");

        var bob = api.newUser();
        JsonObject credit = Json.createObjectBuilder().add("amountCents", 500).add("clientId", "audit-" + bob.id()).build();
        assertEquals(201, operator("POST", "/api/v1/admin/wallets/" + bob.id() + "/credits", credit).status());
        assertEquals(200, operator("POST", "/api/v1/admin/wallets/" + bob.id() + "/credits", credit).status());
        var credits = auditOf(bob.id());
        assertEquals(1, credits.size(), "a retried credit moved nothing and wrote nothing: " + credits);
        assertEquals("wallet.credit", credits.get(0).getString("action"));
        assertEquals(500, credits.get(0).getJsonObject("detail").getInt("amountCents"));
        assertEquals(400, operator("POST", "/api/v1/admin/wallets/" + bob.id() + "/credits",
                Json.createObjectBuilder().add("amountCents", 0).add("clientId", "audit-zero").build()).status());
        assertEquals(1, auditOf(bob.id()).size(), "a refused credit wrote nothing");
    }

    @Test
    void theOperatorRemovesAMessageForEveryoneAsARecallWithAReason() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        assertEquals(201, api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text(Api.uniqueName(),
                "the card number is 4111 1111 1111 1111")).status());
        String path = "/api/v1/admin/groups/" + gid + "/messages/1";

        for (JsonObject bad : List.of(Json.createObjectBuilder().build(), Json.createObjectBuilder().add("reason", " ").build(),
                Json.createObjectBuilder().add("reason", "x".repeat(501)).build())) {
            var refused = operator("DELETE", path, bad);
            assertEquals(400, refused.status(), refused.raw());
            assertTrue(refused.json().getJsonObject("error").getString("message").startsWith("reason"), refused.raw());
        }
        assertEquals(404, operator("DELETE", "/api/v1/admin/groups/" + gid + "/messages/9", reason("spam")).status());
        assertEquals(404, operator("DELETE", "/api/v1/admin/groups/no-such-group/messages/1", reason("spam")).status());
        assertEquals(401, api.raw("DELETE", path, ann.token(), null, "application/json",
                reason("mine").toString().getBytes(StandardCharsets.UTF_8)).status());
        var untouched = api.get(MessagesIT.messages(gid) + "?after=0", bob.token()).json().getJsonArray("items").getJsonObject(0);
        assertFalse(untouched.getBoolean("recalled", false), untouched.toString());
        assertEquals(List.of(), auditOf(gid + "/1"), "refused calls wrote nothing");

        try (Ws bobSocket = Ws.connect(api, bob)) {
            assertEquals(204, operator("DELETE", path, reason("a card number")).status());
            JsonObject event = bobSocket.next(f -> "message.recalled".equals(f.getString("event", "")), 10);
            assertEquals(1, event.getInt("seq"));
            assertTrue(event.getBoolean("byOperator"), event.toString());
            assertFalse(event.containsKey("reason"), "the reason is the audit log's, not the members'");
        }
        var removed = api.get(MessagesIT.messages(gid) + "?after=0", bob.token()).json().getJsonArray("items").getJsonObject(0);
        assertTrue(removed.getBoolean("recalled"), removed.toString());
        assertFalse(removed.containsKey("text") && !removed.isNull("text"), removed.toString());
        assertEquals(204, operator("DELETE", path, reason("again")).status());
        var rows = auditOf(gid + "/1");
        assertEquals(1, rows.size(), "removing a removed message changed nothing: " + rows);
        assertEquals("message.remove", rows.get(0).getString("action"));
        assertEquals("a card number", rows.get(0).getJsonObject("detail").getString("reason"));
    }

    @Test
    void accountsAreFoundByUsernameOrNicknameAPageAtATime() {
        String prefix = Api.uniqueName().substring(0, 10);
        var rows = Json.createArrayBuilder();
        for (String suffix : List.of("a", "b", "c")) {
            rows.add(Json.createObjectBuilder().add("username", prefix + suffix).add("nickname", "Dept " + prefix + " " + suffix));
        }
        var created = api.admin("/api/v1/admin/users", Json.createObjectBuilder().add("users", rows).build(), Api.ADMIN_KEY);
        assertEquals(201, created.status(), created.raw());

        var first = api.adminGet("/api/v1/admin/users?q=" + prefix + "&limit=2");
        assertEquals(200, first.status(), first.raw());
        var items = first.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(prefix + "a", prefix + "b"), items.stream().map(u -> u.getString("username")).toList());
        assertFalse(items.get(0).getBoolean("disabled"));
        assertTrue(items.get(0).isNull("lastSeenAt"), "never logged in: " + items.get(0));
        assertEquals("Dept " + prefix + " a", items.get(0).getString("nickname"));
        var second = api.adminGet("/api/v1/admin/users?q=" + prefix + "&limit=2&after=" + first.json().getString("next"));
        assertEquals(List.of(prefix + "c"), second.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("username")).toList());
        assertTrue(second.json().isNull("next"));

        var byNickname = api.adminGet("/api/v1/admin/users?q=DEPT%20" + prefix + "%20B");
        assertEquals(List.of(prefix + "b"), byNickname.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("username")).toList(), byNickname.raw());
        var percent = api.adminGet("/api/v1/admin/users?q=%25&limit=200").json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(percent.stream().allMatch(u -> u.getString("nickname").contains("%")), "% is a character, not a wildcard");

        for (String bad : List.of("?limit=0", "?limit=201", "?q=" + "x".repeat(101), "?after=")) {
            var refused = api.adminGet("/api/v1/admin/users" + bad);
            assertEquals(400, refused.status(), bad + ": " + refused.raw());
        }
        assertEquals(401, api.get("/api/v1/admin/users", api.newUser().token()).status());
    }

    private static JsonObject reason(String why) {
        return Json.createObjectBuilder().add("reason", why).build();
    }
}
