package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Logging out holds on every path (media, tickets, open sockets), and logins neither take the
 * database from everyone else nor let one address try usernames without end. The test server
 * trusts X-Forwarded-For from 127.0.0.1 (CHAT_LOGIN_TRUSTED_PROXIES), so each test here can speak
 * from an address of its own without locking the other tests out.
 */
class SessionsIT extends ServerIT {

    private static final int POLICY_VIOLATION = 1008;
    private static final String PASSWORD = "correct horse battery";
    private static final int ADDRESS_FAILURES = 30; // CHAT_LOGIN_ADDRESS_FAILURES_PER_MINUTE's default

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void mediaAndThumbnailsRefuseALoggedOutToken() throws Exception {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        var uploaded = api.upload(ann.token(), "image/png", Samples.image("png", 640, 480), true);
        assertEquals(201, uploaded.status(), uploaded.raw());
        String id = uploaded.json().getString("id");
        assertEquals(201, api.post("/api/v1/groups/" + gid + "/messages", ann.token(),
                Json.createObjectBuilder().add("clientMsgId", Api.uniqueName()).add("type", "IMAGE")
                        .add("mediaId", id).build()).status());
        awaitThumbnail(bob.token(), id);
        assertEquals(200, api.bytes("/api/v1/media/" + id, bob.token(), null).statusCode());

        assertEquals(204, api.delete("/api/v1/sessions/current", bob.token()).status());

        var file = api.bytes("/api/v1/media/" + id, bob.token(), null);
        assertEquals(401, file.statusCode());
        assertTrue(new String(file.body()).contains("UNAUTHENTICATED"), new String(file.body()));
        assertEquals(401, api.bytes("/api/v1/media/" + id + "/thumbnail", bob.token(), null).statusCode());
        assertEquals(401, api.bytes("/api/v1/media/" + id, bob.token(), "bytes=0-9").statusCode(), "ranges too");
        assertEquals(200, api.bytes("/api/v1/media/" + id, ann.token(), null).statusCode(), "other tokens still work");
    }

    private void awaitThumbnail(String token, String id) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (api.bytes("/api/v1/media/" + id + "/thumbnail", token, null).statusCode() == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no thumbnail for " + id);
    }

    @Test
    void aTicketTakenBeforeLogoutOpensNothing() {
        var user = api.newUser();
        var ticket = api.post("/api/v1/ws-tickets", user.token(), null);
        assertEquals(201, ticket.status());
        assertEquals(204, api.delete("/api/v1/sessions/current", user.token()).status());
        try (Ws late = Ws.open(ticket.json().getString("ticket"))) {
            assertEquals(POLICY_VIOLATION, late.closeCode(10));
        }
    }

    @Test
    void theLoggedOutDevicesSocketClosesAtOnceAndTheOtherDevicesStaysOpen() {
        String name = Api.uniqueName();
        String userId = api.register(name, PASSWORD);
        String phone = api.logIn(name, PASSWORD, "phone").getString("token");
        String laptop = api.logIn(name, PASSWORD, "laptop").getString("token");
        try (Ws phoneSocket = Ws.connect(api, new Api.TestUser(userId, name, phone, "phone"));
             Ws laptopSocket = Ws.connect(api, new Api.TestUser(userId, name, laptop, "laptop"))) {
            phoneSocket.send("{\"type\":\"ping\"}");
            phoneSocket.next("pong", 10);

            assertEquals(204, api.delete("/api/v1/sessions/current", phone).status());

            assertEquals(POLICY_VIOLATION, phoneSocket.closeCode(10));
            laptopSocket.send("{\"type\":\"ping\"}");
            laptopSocket.next("pong", 10);
            assertFalse(laptopSocket.isClosed());
        }
    }

    @Test
    void anotherLoginOfTheSameDeviceKeepsItsSocketWhenTheOldTokenLogsOut() {
        String name = Api.uniqueName();
        String userId = api.register(name, PASSWORD);
        String first = api.logIn(name, PASSWORD, "tablet").getString("token");
        String second = api.logIn(name, PASSWORD, "tablet").getString("token");
        try (Ws oldSocket = Ws.connect(api, new Api.TestUser(userId, name, first, "tablet"));
             Ws newSocket = Ws.connect(api, new Api.TestUser(userId, name, second, "tablet"))) {
            assertEquals(204, api.delete("/api/v1/sessions/current", first).status());
            assertEquals(POLICY_VIOLATION, oldSocket.closeCode(10));
            newSocket.send("{\"type\":\"ping\"}");
            newSocket.next("pong", 10);
            assertFalse(newSocket.isClosed());
        }
    }

    @Test
    void fortyParallelLoginsWithRandomUsernamesLeaveOthersServed() throws Exception {
        var bystander = api.newUser();
        String address = randomAddress();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<Future<Integer>> logins = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                logins.add(pool.submit(() -> logInFrom(address, Api.uniqueName(), "wrong-password-1").statusCode()));
            }
            for (int i = 0; i < 5; i++) {
                var me = api.get("/api/v1/users/me", bystander.token());
                assertEquals(200, me.status(), "an authenticated call answers during the storm: " + me.raw());
                assertEquals(200, api.get("/api/v1/groups", bystander.token()).status());
            }
            for (Future<Integer> login : logins) {
                int status = login.get();
                assertTrue(status == 401 || status == 429, "a failed login is 401, or 429 when throttled: " + status);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failedLoginsFromOneAddressLockThatAddressButNoOther() throws Exception {
        String name = Api.uniqueName();
        api.register(name, PASSWORD);
        String address = randomAddress();
        for (int i = 0; i < ADDRESS_FAILURES; i++) {
            assertEquals(401, logInFrom(address, Api.uniqueName(), "wrong-password-1").statusCode());
        }
        var locked = logInFrom(address, name, PASSWORD);
        assertEquals(429, locked.statusCode(), locked.body());
        assertTrue(locked.body().contains("RATE_LIMITED"), locked.body());
        assertEquals(201, logInFrom(randomAddress(), name, PASSWORD).statusCode(), "another address logs in");
    }

    @Test
    void aRejectedTokenIsNotWrittenWholeToTheLog() throws Exception {
        var user = api.newUser();
        String[] parts = user.token().split("\\.");
        String badSignature = new StringBuilder(parts[2]).reverse().toString();
        String garbage = "garbage" + Api.uniqueName();
        assertEquals(401, api.get("/api/v1/users/me", parts[0] + "." + parts[1] + "." + badSignature).status());
        assertEquals(401, api.get("/api/v1/users/me", garbage).status());
        assertEquals(401, api.bytes("/api/v1/media/no-such-media", garbage, null).statusCode(),
                "a media download refuses a token that does not verify, as it refuses a logged-out one");
        Thread.sleep(1_000); // the log is written by Liberty's own thread
        for (String name : List.of("messages.log", "console.log")) {
            Path log = Path.of(System.getProperty("chat.it.wlpHome"), "usr", "servers", ServerIT.SERVER_NAME, "logs", name);
            if (Files.exists(log)) {
                String text = Files.readString(log);
                assertFalse(text.contains(badSignature), name + " holds a rejected token's signature");
                assertFalse(text.contains(parts[1]), name + " holds a rejected token's claims");
                assertFalse(text.contains(garbage), name + " holds a rejected token");
            }
        }
        String messages = Files.readString(Path.of(System.getProperty("chat.it.wlpHome"), "usr", "servers", ServerIT.SERVER_NAME,
                "logs", "messages.log"));
        assertTrue(messages.contains(fingerprint(garbage)), "the log names the refused token by its fingerprint");
    }

    private static String fingerprint(String token) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        return "sha256:" + java.util.HexFormat.of().formatHex(digest, 0, 6);
    }

    private HttpResponse<String> logInFrom(String address, String username, String password) throws Exception {
        JsonObject body = Json.createObjectBuilder().add("username", username).add("password", password).build();
        var request = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/sessions")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String randomAddress() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}
