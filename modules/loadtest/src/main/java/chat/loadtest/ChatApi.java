package chat.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The calls the scenarios make, over one {@link HttpClient} (HTTP/1.1, kept-alive connections).
 * Each call takes its timeout from the caller, who caps it by the scenario's deadline. The
 * operator key goes only into {@code X-Api-Key} of {@code /api/v1/admin/...} calls. The group
 * calls are in {@link GroupApi}, which builds its requests with the package-private helpers here.
 */
final class ChatApi {

    /** The longest any single ordinary request may take. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private static final String API = "/api/v1";

    private final HttpClient http;
    private final URI base;
    private final String adminKey;
    private final Wire wire;

    /** An account the operator API created. */
    record User(String id, String username) {
    }

    /** An account for the operator API to create; {@code password} may be null. */
    record NewUser(String username, String nickname, String password) {
    }

    ChatApi(URI base, String adminKey, Wire wire) {
        this.base = base;
        this.adminKey = adminKey;
        this.wire = wire;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpClient http() {
        return http;
    }

    /** How the sockets opened for this API's tickets carry their frames. */
    Wire wire() {
        return wire;
    }

    URI base() {
        return base;
    }

    /** {@code POST /api/v1/admin/users}: one all-or-nothing batch. */
    List<User> provision(List<NewUser> batch, Duration timeout) throws IOException, InterruptedException, ApiException {
        var users = JsonText.array();
        for (NewUser user : batch) {
            var json = JsonText.object().add("username", user.username()).add("nickname", user.nickname());
            if (user.password() != null) {
                json.add("password", user.password());
            }
            users.add(json);
        }
        String body = JsonText.object().add("users", users).build().toString();
        JsonObject answer = send("POST /admin/users", postJson(admin("/admin/users", timeout), body), 201);
        List<User> created = new ArrayList<>(batch.size());
        for (JsonValue item : answer.getJsonArray("items")) {
            JsonObject user = item.asJsonObject();
            created.add(new User(user.getString("id"), user.getString("username")));
        }
        return created;
    }

    /** {@code POST /api/v1/admin/users/{id}/sessions}: a bot token, no password hashing. */
    String issueBotToken(String userId, Duration timeout) throws IOException, InterruptedException, ApiException {
        String path = "/admin/users/" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "/sessions";
        String body = JsonText.object().add("deviceName", "loadtest").build().toString();
        return send("POST /admin/users/{id}/sessions", postJson(admin(path, timeout), body), 201).getString("token");
    }

    /** {@code POST /api/v1/sessions}: a password login (PBKDF2 on the server). */
    String logIn(String username, String password, Duration timeout) throws IOException, InterruptedException, ApiException {
        String body = JsonText.object().add("username", username).add("password", password).build().toString();
        return send("POST /sessions", postJson(request("/sessions", timeout), body), 201).getString("token");
    }

    /** {@code GET /api/v1/users/me}: the cheapest call that verifies a token. */
    void me(String token, Duration timeout) throws IOException, InterruptedException, ApiException {
        send("GET /users/me", bearer("/users/me", token, timeout).GET(), 200);
    }

    /** {@code POST /api/v1/ws-tickets}: a one-time ticket, valid 30 s. */
    String wsTicket(String token, Duration timeout) throws IOException, InterruptedException, ApiException {
        var request = bearer("/ws-tickets", token, timeout).POST(HttpRequest.BodyPublishers.noBody());
        return send("POST /ws-tickets", request, 201).getString("ticket");
    }

    /** {@code ws://host/ws?ticket=...} (or {@code wss://} for an https base). */
    URI webSocketUri(String ticket) {
        return webSocketUri(base, ticket);
    }

    /** The same on {@code server}, another root of this server ({@link LoopbackOnly#spread}). */
    static URI webSocketUri(URI server, String ticket) {
        String scheme = server.getScheme().equals("https") ? "wss" : "ws";
        String root = scheme + server.toString().substring(server.getScheme().length());
        return URI.create(root + "/ws?ticket=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8));
    }

    HttpRequest.Builder request(String path, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(base + API + path)).timeout(timeout)
                .header("Accept", "application/json");
    }

    HttpRequest.Builder admin(String path, Duration timeout) {
        return request(path, timeout).header("X-Api-Key", adminKey);
    }

    HttpRequest.Builder bearer(String path, String token, Duration timeout) {
        return request(path, timeout).header("Authorization", "Bearer " + token);
    }

    static HttpRequest.Builder postJson(HttpRequest.Builder request, String body) {
        return request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    JsonObject send(String call, HttpRequest.Builder request, int expected)
            throws IOException, InterruptedException, ApiException {
        String body = sendForText(call, request, expected);
        return body == null || body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : JsonText.parse(body);
    }

    /** The same, answering the body as it came, e.g. to measure its size. */
    String sendForText(String call, HttpRequest.Builder request, int expected)
            throws IOException, InterruptedException, ApiException {
        return sendForText(call, request, status -> status == expected);
    }

    /** The same for a call with more than one good answer (201 created, or 200 for a repeated client id). */
    JsonObject send(String call, HttpRequest.Builder request, IntPredicate expected)
            throws IOException, InterruptedException, ApiException {
        String body = sendForText(call, request, expected);
        return body == null || body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : JsonText.parse(body);
    }

    private String sendForText(String call, HttpRequest.Builder request, IntPredicate expected)
            throws IOException, InterruptedException, ApiException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (!expected.test(response.statusCode())) {
            JsonObject error = errorObject(response.body());
            String code = error == null ? "" : error.getString("code", "");
            throw new ApiException(call, response.statusCode(), code, errorOf(error, response.body()));
        }
        return response.body();
    }

    /** The contract's {@code {"error":{"code","message"}}}, or the start of whatever came back. */
    private static String errorOf(JsonObject error, String body) {
        if (error != null) {
            return error.getString("code", "?") + ": " + error.getString("message", "");
        }
        if (body == null || body.isBlank()) {
            return "";
        }
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }

    /** The {@code error} object of an error body; null when the body is not one. */
    private static JsonObject errorObject(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JsonText.parse(body).getJsonObject("error");
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
