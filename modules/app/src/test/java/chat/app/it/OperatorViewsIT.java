package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * What the operator reads: conversations found by name, the audit log a page at a time, the
 * system view, and a conversation's export, streamed as NDJSON oldest first.
 */
class OperatorViewsIT extends ServerIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void conversationsAreFoundByNameOrIdWithTheirLastSeq() {
        var ann = api.newUser();
        var bob = api.newUser();
        api.makeContacts(ann, bob);
        String marker = Api.uniqueName();
        String named = api.post("/api/v1/groups", ann.token(), Json.createObjectBuilder().add("name", "Audit " + marker)
                .add("memberIds", Json.createArrayBuilder().add(bob.id())).build()).json().getString("id");
        assertEquals(201, api.post(MessagesIT.messages(named), ann.token(), MessagesIT.text(Api.uniqueName(), "hi")).status());

        var found = api.adminGet("/api/v1/admin/groups?q=audit%20" + marker.toUpperCase());
        assertEquals(200, found.status(), found.raw());
        var items = found.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, items.size(), found.raw());
        JsonObject group = items.get(0);
        assertEquals(named, group.getString("id"));
        assertEquals("GROUP", group.getString("kind"));
        assertEquals(ann.id(), group.getString("ownerId"));
        assertEquals(2, group.getInt("memberCount"));
        assertEquals(1, group.getInt("lastSeq"));
        assertEquals(named, api.adminGet("/api/v1/admin/groups?q=" + named).json().getJsonArray("items")
                .getJsonObject(0).getString("id"), "an id finds its conversation");

        assertEquals(201, api.post("/api/v1/groups", ann.token(), Json.createObjectBuilder().add("name", "Second " + marker)
                .add("memberIds", Json.createArrayBuilder().add(bob.id())).build()).status(), "a second: a next page");
        var first = api.adminGet("/api/v1/admin/groups?limit=1");
        String next = first.json().getString("next");
        var second = api.adminGet("/api/v1/admin/groups?limit=1&after=" + next);
        assertTrue(second.json().getJsonArray("items").getJsonObject(0).getString("id").compareTo(next) > 0, second.raw());
        for (String bad : List.of("?limit=0", "?limit=201", "?q=" + "x".repeat(101), "?after=")) {
            assertEquals(400, api.adminGet("/api/v1/admin/groups" + bad).status(), bad);
        }
        assertEquals(401, api.get("/api/v1/admin/groups", ann.token()).status());
    }

    @Test
    void theAuditLogIsReadNewestFirstAPageAtATime() {
        for (int i = 0; i < 3; i++) {
            var user = api.newUser();
            assertEquals(204, api.raw("POST", "/api/v1/admin/users/" + user.id() + "/disable", null, Api.ADMIN_KEY, null, null)
                    .status());
        }
        var page = api.adminGet("/api/v1/admin/audit?limit=2");
        assertEquals(200, page.status(), page.raw());
        var rows = page.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).getJsonNumber("id").longValue() > rows.get(1).getJsonNumber("id").longValue(), page.raw());
        for (String field : List.of("at", "actor", "action", "target")) {
            assertFalse(rows.get(0).getString(field).isEmpty(), field);
        }
        var older = api.adminGet("/api/v1/admin/audit?limit=2&after=" + page.json().getString("next"));
        long last = rows.get(1).getJsonNumber("id").longValue();
        assertTrue(older.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(r -> r.getJsonNumber("id").longValue() < last), older.raw());
        for (String bad : List.of("?limit=0", "?limit=501", "?after=0", "?after=x")) {
            assertEquals(400, api.adminGet("/api/v1/admin/audit" + bad).status(), bad);
        }
        assertEquals(401, api.get("/api/v1/admin/audit", api.newUser().token()).status());
    }

    @Test
    void theSystemViewShowsThisNodeWithItsConnectionsAndTheParts() throws Exception {
        var ann = api.newUser();
        try (Ws socket = Ws.connect(api, ann)) {
            JsonObject state = null;
            // a node reports every 5 s: wait for a report that counts this socket
            for (int i = 0; i < 40; i++) {
                state = api.adminGet("/api/v1/admin/system").json();
                String self = state.getString("node");
                boolean counted = state.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                        .anyMatch(n -> n.getString("node").equals(self) && n.getInt("connections") >= 1);
                if (counted) {
                    break;
                }
                Thread.sleep(250);
            }
            assertTrue(state.getJsonArray("nodes").size() >= 1, state.toString());
            assertTrue(state.getJsonNumber("outboxPending").longValue() >= 0, state.toString());
            assertTrue(state.getJsonObject("broker").getBoolean("reachable"), state.toString());
            assertTrue(state.getJsonObject("caches").getBoolean("running"), state.toString());
            assertFalse(state.getJsonObject("caches").getJsonArray("members").isEmpty(), state.toString());
            assertTrue(state.containsKey("deadLetters"), state.toString());
            String self = state.getString("node");
            assertTrue(state.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                    .anyMatch(n -> n.getString("node").equals(self) && n.getInt("connections") >= 1), state.toString());
        }
        assertEquals(401, api.get("/api/v1/admin/system", ann.token()).status());
    }

    /** The messages stored in the last two hours by the history (all of this suite's), and the latest connections. */
    private long[] lastTwoHours() {
        var history = api.adminGet("/api/v1/admin/system/history?minutes=120");
        assertEquals(200, history.status(), history.raw());
        var points = history.json().getJsonArray("points").getValuesAs(JsonObject.class);
        long stored = points.stream().mapToLong(p -> p.getJsonNumber("messagesStored").longValue()).sum();
        return new long[] {stored, points.isEmpty() ? -1 : points.get(points.size() - 1).getInt("connections")};
    }

    @Test
    void theLastHourCountsTheMessagesStoredAndTheConnectionsOpen() throws Exception {
        var ann = api.botUsers(1).get(0);
        var created = api.admin("/api/v1/admin/groups", Json.createObjectBuilder().add("name", "History")
                .add("ownerId", ann.id()).build(), Api.ADMIN_KEY);
        String gid = created.json().getString("id");
        long before = lastTwoHours()[0];
        try (Ws socket = Ws.connect(api, ann)) {
            for (int i = 0; i < 5; i++) {
                assertEquals(201, api.admin("/api/v1/admin/groups/" + gid + "/messages", Json.createObjectBuilder()
                        .add("clientMsgId", "history-" + i).add("senderId", ann.id()).add("type", "TEXT")
                        .add("text", "counted " + i).build(), Api.ADMIN_KEY).status());
            }
            long[] now = lastTwoHours();
            // the test server samples every 2 s
            for (int i = 0; i < 60 && (now[0] < before + 5 || now[1] < 1); i++) {
                Thread.sleep(250);
                now = lastTwoHours();
            }
            assertTrue(now[0] >= before + 5, "stored " + now[0] + " after " + before);
            assertTrue(now[1] >= 1, "connections " + now[1]);
        }
        assertEquals(400, api.adminGet("/api/v1/admin/system/history?minutes=0").status());
        assertEquals(400, api.adminGet("/api/v1/admin/system/history?minutes=121").status());
        assertEquals(401, api.get("/api/v1/admin/system/history", ann.token()).status());
    }

    @Test
    void aHundredThousandMessageConversationIsExportedOldestFirstAsAStream() throws Exception {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        int count = 100_000;
        try (var c = DriverManager.getConnection(System.getProperty("chat.it.dbUrl"), "postgres", "");
             var insert = c.prepareStatement("INSERT INTO messaging.messages (conversation_id, seq, sender_id, client_msg_id,"
                     + " type, text) SELECT ?, s, ?, 'export-' || s, 'SYSTEM', 'line ' || s FROM generate_series(1, ?) AS s");
             var counter = c.prepareStatement("INSERT INTO messaging.conversation_counters (conversation_id, last_seq)"
                     + " VALUES (?, ?) ON CONFLICT (conversation_id) DO UPDATE SET last_seq = EXCLUDED.last_seq")) {
            insert.setString(1, gid);
            insert.setString(2, ann.id());
            insert.setInt(3, count);
            insert.executeUpdate();
            counter.setString(1, gid);
            counter.setLong(2, count);
            counter.executeUpdate();
        }

        HttpResponse<Stream<String>> answer = http.send(HttpRequest.newBuilder(URI.create(Api.BASE
                        + "/api/v1/admin/groups/" + gid + "/export")).header("X-Api-Key", Api.ADMIN_KEY).GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
        assertTrue(answer.headers().firstValue("Content-Length").isEmpty(), "streamed, not measured first");
        long expected = 1;
        try (Stream<String> lines = answer.body()) {
            Iterator<String> each = lines.iterator();
            while (each.hasNext()) {
                JsonObject message = Json.createReader(new StringReader(each.next())).readObject();
                assertEquals(expected, message.getJsonNumber("seq").longValue());
                assertEquals(gid, message.getString("groupId"));
                expected++;
            }
        }
        assertEquals(count + 1, expected, "every message, once, in order");
        var audit = api.adminGet("/api/v1/admin/audit?limit=100").json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(audit.stream().anyMatch(r -> r.getString("action").equals("conversation.export")
                && r.getString("target").equals(gid)), "the export is recorded");

        assertEquals(404, api.adminGet("/api/v1/admin/groups/no-such-group/export").status());
        assertEquals(401, api.get("/api/v1/admin/groups/" + gid + "/export", ann.token()).status());
    }
}
