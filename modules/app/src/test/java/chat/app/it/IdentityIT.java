package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.client.ApiException;
import chat.client.api.IdentityApi;
import chat.client.model.Device;
import chat.client.model.Login;
import chat.client.model.ProfileChange;
import chat.client.model.Registration;
import chat.client.model.Session;
import chat.client.model.User;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The Identity table of the contract: registration, login, profile, devices, tokens; logins and
 * profiles through the client generated from the OpenAPI document, as a company's system calls them.
 */
class IdentityIT extends ServerIT {

    private static JsonObject registration(String username, String password, String nickname) {
        var body = Json.createObjectBuilder();
        if (username != null) {
            body.add("username", username);
        }
        if (password != null) {
            body.add("password", password);
        }
        if (nickname != null) {
            body.add("nickname", nickname);
        }
        return body.build();
    }

    @Test
    void registrationAnswersTheUserAndNeverThePassword() {
        String name = Api.uniqueName();
        var created = api.post("/api/v1/users", null, Json.createObjectBuilder().add("username", name)
                .add("password", "secret-password").add("nickname", "Ann").add("avatarUrl", "https://example.com/a.png").build());
        assertEquals(201, created.status(), created.raw());
        assertEquals(name, created.json().getString("username"));
        assertEquals("Ann", created.json().getString("nickname"));
        assertEquals("https://example.com/a.png", created.json().getString("avatarUrl"));
        assertFalse(created.raw().contains("secret-password"));
        assertFalse(created.json().containsKey("password"));
    }

    @Test
    void aTakenUsernameIsAConflictAndCreatesNobody() {
        String name = Api.uniqueName();
        api.register(name, "first-password");
        var again = api.post("/api/v1/users", null, registration(name, "second-password", "Other"));
        assertEquals(409, again.status());
        assertEquals("USERNAME_TAKEN", again.errorCode());
        api.logIn(name, "first-password", null);
    }

    @Test
    void badRegistrationsAreRefusedNamingTheField() {
        assertBadRequest(registration("ab", "long-enough", "N"), "username");
        assertBadRequest(registration("UPPER_case", "long-enough", "N"), "username");
        assertBadRequest(registration(Api.uniqueName(), "short", "N"), "password");
        assertBadRequest(registration(Api.uniqueName(), "long-enough", ""), "nickname");
        assertBadRequest(registration(Api.uniqueName(), "long-enough", "n".repeat(65)), "nickname");
        assertBadRequest(registration(null, "long-enough", "N"), "username");
        var notJson = api.post("/api/v1/users", null, "{not json");
        assertEquals(400, notJson.status(), notJson.raw());
        assertEquals("BAD_REQUEST", notJson.errorCode());
        var wrongType = api.post("/api/v1/users", null, "{\"username\": 42, \"password\": \"long-enough\", \"nickname\": \"N\"}");
        assertEquals(400, wrongType.status());
        assertTrue(wrongType.json().getJsonObject("error").getString("message").startsWith("username"));
    }

    private void assertBadRequest(JsonObject body, String field) {
        var answer = api.post("/api/v1/users", null, body);
        assertEquals(400, answer.status(), answer.raw());
        assertEquals("BAD_REQUEST", answer.errorCode());
        assertTrue(answer.json().getJsonObject("error").getString("message").startsWith(field), answer.raw());
    }

    @Test
    void loginGivesATokenForTheDeviceNamed() throws ApiException {
        String name = Api.uniqueName();
        var identity = new IdentityApi(GeneratedClient.anonymous());
        User registered = identity.register(new Registration().username(name).password("pass-word-1").nickname("Ann"));
        Session session = identity.logIn(new Login().username(name).password("pass-word-1").deviceId("phone-1")
                .deviceName("My phone"));
        assertEquals(registered.getId(), session.getUserId());
        assertEquals("phone-1", session.getDeviceId());
        assertTrue(session.getExpiresAt().isAfter(OffsetDateTime.now()));
        assertEquals(3, session.getToken().split("\\.").length);

        identity.logIn(new Login().username(name).password("pass-word-1").deviceId("laptop"));
        var devices = new IdentityApi(GeneratedClient.as(new Api.TestUser(registered.getId(), name, session.getToken(),
                session.getDeviceId()))).listDevices().getItems();
        assertTrue(devices.stream().map(Device::getDeviceId).toList().containsAll(List.of("phone-1", "laptop")), devices.toString());
        Device phone = devices.stream().filter(d -> d.getDeviceId().equals("phone-1")).findFirst().orElseThrow();
        assertEquals("My phone", phone.getDeviceName());
        assertFalse(phone.getOnline());
    }

    @Test
    void wrongPasswordsAndUnknownUsersAreUnauthenticated() {
        String name = Api.uniqueName();
        api.register(name, "right-password");
        var wrong = api.post("/api/v1/sessions", null, Json.createObjectBuilder()
                .add("username", name).add("password", "wrong-password").build());
        assertEquals(401, wrong.status());
        assertEquals("UNAUTHENTICATED", wrong.errorCode());
        var unknown = api.post("/api/v1/sessions", null, Json.createObjectBuilder()
                .add("username", Api.uniqueName()).add("password", "whatever-pass").build());
        assertEquals(401, unknown.status());
        var badDevice = api.post("/api/v1/sessions", null, Json.createObjectBuilder()
                .add("username", name).add("password", "right-password").add("deviceId", "no spaces allowed").build());
        assertEquals(400, badDevice.status());
    }

    @Test
    void fiveFailedLoginsInAMinuteLockTheUsernameEvenForTheRightPassword() {
        String name = Api.uniqueName();
        api.register(name, "right-password");
        var wrong = Json.createObjectBuilder().add("username", name).add("password", "wrong-password").build();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.post("/api/v1/sessions", null, wrong).status());
        }
        var locked = api.post("/api/v1/sessions", null, Json.createObjectBuilder()
                .add("username", name).add("password", "right-password").build());
        assertEquals(429, locked.status(), locked.raw());
        assertEquals("RATE_LIMITED", locked.errorCode());
    }

    @Test
    void usersReadAndChangeTheirProfile() throws ApiException {
        var user = api.newUser();
        var other = api.newUser();
        var mine = new IdentityApi(GeneratedClient.as(user));
        assertEquals(user.id(), mine.getMe().getId());

        assertEquals("Renamed", mine.updateMe(new ProfileChange().nickname("Renamed")).getNickname());
        var refused = assertThrows(ApiException.class, () -> mine.updateMe(new ProfileChange().nickname("")));
        assertEquals(400, refused.getCode());
        assertTrue(refused.getResponseBody().contains("\"BAD_REQUEST\""), refused.getResponseBody());
        var badAvatar = assertThrows(ApiException.class, () -> mine.updateMe(new ProfileChange().avatarUrl("javascript:alert(1)")));
        assertEquals(400, badAvatar.getCode());
        assertEquals("Renamed", mine.getMe().getNickname());

        var theirs = new IdentityApi(GeneratedClient.as(other));
        assertEquals("Renamed", theirs.getUser(user.id()).getNickname());
        assertEquals(404, assertThrows(ApiException.class, () -> theirs.getUser("no-such-user")).getCode());
    }

    @Test
    void missingTamperedAndForeignTokensAreUnauthenticated() {
        var user = api.newUser();
        var missing = api.get("/api/v1/users/me", null);
        assertEquals(401, missing.status());
        assertEquals("UNAUTHENTICATED", missing.errorCode());

        String[] parts = user.token().split("\\.");
        String forgedClaims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                java.util.Base64.getUrlDecoder().decode(parts[1]).clone());
        String tamperedSignature = parts[0] + "." + forgedClaims + "." + new StringBuilder(parts[2]).reverse();
        assertEquals(401, api.get("/api/v1/users/me", tamperedSignature).status());

        String otherSubject = new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                .replace(user.id(), "someone-else");
        String swapped = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(otherSubject.getBytes()) + "." + parts[2];
        assertEquals(401, api.get("/api/v1/users/me", swapped).status());
        assertEquals(401, api.get("/api/v1/users/me", "not-a-jwt").status());
    }

    @Test
    void loggingOutStopsThatTokenAtOnceButNotTheOtherDevices() {
        String name = Api.uniqueName();
        api.register(name, "pass-word-1");
        String phone = api.logIn(name, "pass-word-1", "phone").getString("token");
        String laptop = api.logIn(name, "pass-word-1", "laptop").getString("token");

        assertEquals(204, api.delete("/api/v1/sessions/current", phone).status());
        var after = api.get("/api/v1/users/me", phone);
        assertEquals(401, after.status());
        assertEquals("UNAUTHENTICATED", after.errorCode());
        assertEquals(401, api.post("/api/v1/ws-tickets", phone, null).status());
        assertEquals(200, api.get("/api/v1/users/me", laptop).status());
    }

    @Test
    void errorsNeverLeakAStackTrace() {
        var user = api.newUser();
        var unknownPath = api.get("/api/v1/no-such-thing", user.token());
        assertEquals(404, unknownPath.status());
        assertEquals("NOT_FOUND", unknownPath.errorCode());
        var wrongMethod = api.delete("/api/v1/users/me", user.token());
        assertEquals(405, wrongMethod.status());
        assertFalse(wrongMethod.raw().contains("at chat."));
    }
}
