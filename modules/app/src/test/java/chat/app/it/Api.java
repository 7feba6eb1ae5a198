package chat.app.it;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/** A small client of the server's REST API for the tests. */
final class Api {

    static final String BASE = "http://localhost:" + System.getProperty("chat.it.httpPort", "9180");
    static final String ADMIN_KEY = System.getProperty("chat.it.adminKey");
    /** One of the test server's named operator keys: the audit log records its changes as "hr-sync". */
    static final String NAMED_ADMIN_KEY = System.getProperty("chat.it.namedAdminKey");

    private final String base;

    /** A client of the test server. */
    Api() {
        this(BASE);
    }

    /** A client of the server at this base URL (a node of a cluster, its front door). */
    Api(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    // HTTP/1.1, as chat clients speak it: after this client's h2c upgrade, Liberty left a later
    // request on the same connection unanswered.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** An answer: status and parsed JSON body (an empty object when there is none). */
    record Answer(int status, JsonObject json, String raw) {

        String errorCode() {
            return json.getJsonObject("error").getString("code");
        }
    }

    Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    Answer post(String path, String token, Object body) {
        return send(request(path, token).POST(bodyOf(body)).header("Content-Type", "application/json"));
    }

    Answer patch(String path, String token, Object body) {
        return send(request(path, token).method("PATCH", bodyOf(body)).header("Content-Type", "application/json"));
    }

    Answer put(String path, String token, Object body) {
        return send(request(path, token).PUT(bodyOf(body)).header("Content-Type", "application/json"));
    }

    Answer delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    Answer admin(String path, Object body, String key) {
        var builder = request(path, null).POST(bodyOf(body)).header("Content-Type", "application/json");
        if (key != null) {
            builder.header("X-Api-Key", key);
        }
        return send(builder);
    }

    /** Raw bytes uploaded with a content type (no JSON); a null length streams them chunked. */
    Answer upload(String token, String contentType, byte[] bytes, boolean withLength) {
        var body = withLength ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                : HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes));
        var builder = request("/api/v1/media", token).POST(body);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    /**
     * Any method with a body of raw bytes and a content type, sent with its length or streamed in
     * chunks (no Content-Length), to a path that may hold escapes the URI class would refuse.
     */
    Answer raw(String method, String path, String token, String contentType, byte[] body, boolean withLength) {
        var publisher = body == null ? HttpRequest.BodyPublishers.noBody() : withLength
                ? HttpRequest.BodyPublishers.ofByteArray(body)
                : HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body));
        var builder = request(path, token).method(method, publisher);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    /** Any request as {@link #raw} sends it (with its length), with an operator key when one is given. */
    Answer raw(String method, String path, String token, String apiKey, String contentType, byte[] body) {
        var publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
        var builder = request(path, token).method(method, publisher);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (apiKey != null) {
            builder.header("X-Api-Key", apiKey);
        }
        return send(builder);
    }

    /** A GET answered with bytes (media), with an optional Range header; the path may carry a query. */
    HttpResponse<byte[]> bytes(String path, String token, String range) {
        var builder = request(path, token).GET();
        if (range != null) {
            builder.header("Range", range);
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    /** An operator call with the test server's key and a JSON body (or none). */
    Answer operator(String method, String path, JsonObject body) {
        return operator(method, path, body, ADMIN_KEY);
    }

    Answer operator(String method, String path, JsonObject body, String apiKey) {
        return raw(method, path, null, apiKey, body == null ? null : "application/json",
                body == null ? null : body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The audit rows about this target, newest first, among the newest 500 of the log. */
    java.util.List<JsonObject> auditOf(String target) {
        Answer page = adminGet("/api/v1/admin/audit?limit=500");
        if (page.status() != 200) {
            throw new AssertionError("no audit log: " + page.raw());
        }
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("target").equals(target)).toList();
    }

    /** An operator GET with the test server's key. */
    Answer adminGet(String path) {
        return send(request(path, null).GET().header("X-Api-Key", ADMIN_KEY));
    }

    /** A new user with a password, registered through the public API; answers its id. */
    String register(String username, String password) {
        Answer created = post("/api/v1/users", null, Json.createObjectBuilder()
                .add("username", username).add("password", password).add("nickname", "Nick " + username).build());
        if (created.status() != 201) {
            throw new AssertionError("registration failed: " + created.raw());
        }
        return created.json().getString("id");
    }

    /** Logs in and answers the session JSON. */
    JsonObject logIn(String username, String password, String deviceId) {
        var body = Json.createObjectBuilder().add("username", username).add("password", password);
        if (deviceId != null) {
            body.add("deviceId", deviceId);
        }
        Answer session = post("/api/v1/sessions", null, body.build());
        if (session.status() != 201) {
            throw new AssertionError("login failed: " + session.raw());
        }
        return session.json();
    }

    /** A registered, logged-in user. */
    TestUser newUser() {
        String username = uniqueName();
        String id = register(username, "correct horse battery");
        JsonObject session = logIn(username, "correct horse battery", null);
        return new TestUser(id, username, session.getString("token"), session.getString("deviceId"));
    }

    /** Makes two users each other's contacts: one asks, the other accepts. */
    void makeContacts(TestUser asker, TestUser accepter) {
        Answer request = post("/api/v1/contacts/requests", asker.token(),
                Json.createObjectBuilder().add("userId", accepter.id()).build());
        Answer accepted = post("/api/v1/contacts/requests/" + request.json().getString("id") + "/accept",
                accepter.token(), null);
        if (accepted.status() != 200) {
            throw new AssertionError("no contacts: " + accepted.raw());
        }
    }

    /** Users made through the operator API, each with an operator-issued token (no password hashing). */
    java.util.List<TestUser> botUsers(int count) {
        java.util.List<TestUser> all = new java.util.ArrayList<>();
        for (int made = 0; made < count; made += 1000) {
            all.addAll(botBatch(Math.min(1000, count - made), true));
        }
        return all;
    }

    /** Up to 1,000 users through one operator call; with tokens when asked (else token and device are null). */
    java.util.List<TestUser> botBatch(int count, boolean withTokens) {
        var users = Json.createArrayBuilder();
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = uniqueName();
            names.add(name);
            users.add(Json.createObjectBuilder().add("username", name).add("nickname", "Bot " + i));
        }
        Answer created = admin("/api/v1/admin/users", Json.createObjectBuilder().add("users", users).build(), ADMIN_KEY);
        if (created.status() != 201) {
            throw new AssertionError("operator batch failed: " + created.raw());
        }
        java.util.List<TestUser> out = new java.util.ArrayList<>();
        var items = created.json().getJsonArray("items");
        for (int i = 0; i < items.size(); i++) {
            String id = items.getJsonObject(i).getString("id");
            if (!withTokens) {
                out.add(new TestUser(id, names.get(i), null, null));
                continue;
            }
            JsonObject session = admin("/api/v1/admin/users/" + id + "/sessions", null, ADMIN_KEY).json();
            out.add(new TestUser(id, names.get(i), session.getString("token"), session.getString("deviceId")));
        }
        return out;
    }

    /** A group made by the owner from contacts (made contacts first); answers its id. */
    String groupOf(TestUser owner, java.util.List<TestUser> members, Integer maxMembers) {
        var ids = Json.createArrayBuilder();
        for (TestUser m : members) {
            makeContacts(owner, m);
            ids.add(m.id());
        }
        var body = Json.createObjectBuilder().add("name", "Team " + owner.username()).add("memberIds", ids);
        if (maxMembers != null) {
            body.add("maxMembers", maxMembers);
        }
        Answer created = post("/api/v1/groups", owner.token(), body.build());
        if (created.status() != 201) {
            throw new AssertionError("group not created: " + created.raw());
        }
        return created.json().getString("id");
    }

    static String uniqueName() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    private HttpRequest.Builder request(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        return HttpRequest.BodyPublishers.ofString(body instanceof JsonValue json ? json.toString() : body.toString());
    }

    private Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonObject json = JsonValue.EMPTY_JSON_OBJECT;
            if (raw != null && raw.startsWith("{")) {
                JsonStructure parsed = Json.createReader(new StringReader(raw)).read();
                json = parsed.asJsonObject();
            }
            return new Answer(response.statusCode(), json, raw);
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    /** A user the test made, with a token for one device. */
    record TestUser(String id, String username, String token, String deviceId) {
    }
}
