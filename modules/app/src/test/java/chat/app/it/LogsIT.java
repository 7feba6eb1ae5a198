package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The test server logs in JSON ({@code CHAT_LOG_FORMAT=json}): one object a line, and a line
 * written while a request runs carries its correlation id, the caller's {@code X-Request-Id} or
 * one of the server's, which the answer names; never a password.
 */
class LogsIT extends ServerIT {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> disable(String userId, String requestId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/admin/users/" + userId + "/disable"))
                .header("X-Api-Key", Api.ADMIN_KEY).header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> logLines() throws IOException {
        Path log = Path.of(System.getProperty("chat.it.wlpHome"), "usr", "servers", ServerIT.SERVER_NAME, "logs", "messages.log");
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.toList();
        }
    }

    private static JsonObject lineOf(String needle) throws Exception {
        long until = System.nanoTime() + 10_000_000_000L;
        while (true) {
            var found = logLines().stream().filter(l -> l.contains(needle)).findFirst();
            if (found.isPresent()) {
                return Json.createReader(new StringReader(found.get())).readObject();
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("no log line holds " + needle);
            }
            Thread.sleep(200);
        }
    }

    @Test
    void aLineARequestWritesIsJsonWithTheRequestsCorrelationId() throws Exception {
        var ann = api.newUser();
        String requestId = "logs-" + System.nanoTime();
        var answer = disable(ann.id(), requestId);
        assertEquals(204, answer.statusCode(), answer.body());
        assertEquals(requestId, answer.headers().firstValue("X-Request-Id").orElse(""));

        JsonObject line = lineOf("user.disable " + ann.id());
        assertEquals(requestId, line.getString("ext_correlationId"), line.toString());
        assertTrue(line.getString("message").contains("audit: operator user.disable"), line.toString());
        assertTrue(line.containsKey("ibm_datetime") && line.containsKey("loglevel"), line.toString());

        var bob = api.newUser();
        var unplain = disable(bob.id(), "not plain: spaces and a colon");
        String given = unplain.headers().firstValue("X-Request-Id").orElse("");
        assertTrue(given.matches("[0-9a-f-]{36}"), "a new id instead: " + given);
        assertEquals(given, lineOf("user.disable " + bob.id()).getString("ext_correlationId"));
        assertNotEquals(requestId, given);
    }

    @Test
    void everyLineIsAnObjectAndNoPasswordIsWritten() throws Exception {
        String password = "never-logged-" + System.nanoTime();
        String username = "l" + Api.uniqueName().replaceAll("[^a-z0-9]", "");
        api.register(username, password);
        api.post("/api/v1/sessions", null, Json.createObjectBuilder().add("username", username)
                .add("password", password + "x").build());
        api.logIn(username, password, null);
        for (String line : logLines()) {
            if (!line.isBlank()) {
                assertEquals('{', line.charAt(0), line);
                Json.createReader(new StringReader(line)).readObject();
            }
            assertFalse(line.contains(password), "a password in the log: " + line);
        }
    }
}
