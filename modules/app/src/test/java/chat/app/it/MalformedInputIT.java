package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Hostile and malformed input: bodies past the limit, NUL characters, JSON of the wrong shape or
 * absurd depth, oversized WebSocket frames, clients too slow to read, and the container's own
 * errors. Each gets a 4xx JSON error (or an error frame, or a close code) and changes nothing.
 */
class MalformedInputIT extends ServerIT {

    private static final int MESSAGE_TOO_BIG = 1009;
    private static final int TRY_AGAIN_LATER = 1013;

    private Api.Answer sendText(Api.TestUser sender, String gid, String clientMsgId, String text) {
        return api.post("/api/v1/groups/" + gid + "/messages", sender.token(), Json.createObjectBuilder()
                .add("clientMsgId", clientMsgId).add("type", "TEXT").add("text", text).build());
    }

    private int storedMessages(Api.TestUser member, String gid) {
        var page = api.get("/api/v1/groups/" + gid + "/messages?after=0&limit=200", member.token());
        assertEquals(200, page.status(), page.raw());
        return page.json().getJsonArray("items").size();
    }

    private String nickname(Api.TestUser user) {
        return api.get("/api/v1/users/me", user.token()).json().getString("nickname");
    }

    private static void assertError(int status, String code, Api.Answer answer) {
        assertEquals(status, answer.status(), answer.raw());
        assertEquals(code, answer.errorCode(), answer.raw());
        assertTrue(answer.json().getJsonObject("error").containsKey("message"), answer.raw());
    }

    private static String nested(int depth, char open, char close, String inner) {
        return String.valueOf(open).repeat(depth) + inner + String.valueOf(close).repeat(depth);
    }

    @Test
    void aJsonBodyPastOneMebibyteIs413BeforeParsingWithOrWithoutALength() {
        var ann = api.newUser();
        String before = nickname(ann);
        byte[] tenMebibytes = ("{\"nickname\":\"Big\",\"pad\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        assertError(413, "TOO_LARGE", api.raw("PATCH", "/api/v1/users/me", ann.token(), "application/json", tenMebibytes, true));
        assertError(413, "TOO_LARGE", api.raw("PATCH", "/api/v1/users/me", ann.token(), "application/json", tenMebibytes, false));
        assertEquals(before, nickname(ann), "a refused body changes nothing");

        byte[] justUnder = ("{\"nickname\":\"Fits\",\"pad\":\"" + "x".repeat(1_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        var fits = api.raw("PATCH", "/api/v1/users/me", ann.token(), "application/json", justUnder, false);
        assertEquals(200, fits.status(), "a body under the limit is read: " + fits.raw());
        assertEquals("Fits", nickname(ann));
    }

    @Test
    void aJsonArrayOrDeepNestingWhereAnObjectIsExpectedIs400() {
        var ann = api.newUser();
        for (String body : List.of("[1,2,3]", "\"a string\"", "42", nested(5_000, '[', ']', ""),
                nested(5_000, '[', ']', "{}"), "{\"name\":" + nested(5_000, '[', ']', "") + "}",
                "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000))) {
            var refused = api.raw("POST", "/api/v1/groups", ann.token(), "application/json",
                    body.getBytes(StandardCharsets.UTF_8), true);
            assertError(400, "BAD_REQUEST", refused);
        }
        assertEquals(0, api.get("/api/v1/groups", ann.token()).json().getJsonArray("items").size(), "no group was made");
    }

    @Test
    void anEmptyBodyWhereAnObjectIsExpectedIs400() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        // Found by FuzzIT: the do-not-disturb setting read a missing body as null and answered 500.
        assertError(400, "BAD_REQUEST", api.raw("PUT", "/api/v1/groups/" + gid + "/settings", ann.token(),
                "application/json", new byte[0], true));
        assertError(400, "BAD_REQUEST", api.raw("PATCH", "/api/v1/groups/" + gid, ann.token(),
                "application/json", new byte[0], true));
        assertEquals(false, api.get("/api/v1/groups", ann.token()).json().getJsonArray("items").getJsonObject(0)
                .getBoolean("doNotDisturb"));
    }

    @Test
    void aNulCharacterInAnyTextFieldIs400NamingTheFieldAndStoresNothing() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        String before = nickname(ann);

        var text = sendText(ann, gid, "nul-1", "hello\u0000world");
        assertError(400, "BAD_REQUEST", text);
        assertTrue(text.json().getJsonObject("error").getString("message").startsWith("text:"), text.raw());
        assertError(400, "BAD_REQUEST", sendText(ann, gid, "nul\u0000id", "hello"));
        assertError(400, "BAD_REQUEST", api.patch("/api/v1/users/me", ann.token(),
                Json.createObjectBuilder().add("nickname", "A\u0000nn").build()));
        assertError(400, "BAD_REQUEST", api.patch("/api/v1/groups/" + gid, ann.token(),
                Json.createObjectBuilder().add("name", "Team\u0000").build()));
        assertError(400, "BAD_REQUEST", api.post("/api/v1/users", null, Json.createObjectBuilder()
                .add("username", "nul\u0000" + Api.uniqueName().substring(0, 8)).add("password", "correct horse battery")
                .add("nickname", "Nul").build()));
        // Liberty refuses %00 in a path itself (CWWWC0005I) with a 400 page of its own, before any
        // application code or error page runs; in a query parameter it reaches the server's filter.
        assertEquals(400, api.get("/api/v1/users/a%00b", ann.token()).status());
        assertError(400, "BAD_REQUEST", api.get("/api/v1/users?username=a%00", ann.token()));

        assertEquals(0, storedMessages(bob, gid), "no message was stored");
        assertEquals(before, nickname(ann));
        assertEquals("Team " + ann.username(), api.get("/api/v1/groups/" + gid, ann.token()).json().getString("name"));
    }

    @Test
    void everyFrameGetsAnAnswerAndNoneStoresAMessage() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        try (Ws ws = Ws.connect(api, ann)) {
            ws.send(Json.createObjectBuilder().add("type", "send").add("clientMsgId", "ws-nul").add("groupId", gid)
                    .add("msgType", "TEXT").add("text", "a\u0000b").build().toString());
            JsonObject error = ws.next("error", 10);
            assertEquals("BAD_REQUEST", error.getString("code"), error.toString());
            assertEquals("ws-nul", error.getString("clientMsgId"));

            ws.send(nested(5_000, '[', ']', ""));
            assertEquals("BAD_REQUEST", ws.next("error", 10).getString("code"));
            ws.send("{\"type\":\"send\",\"x\":" + nested(5_000, '[', ']', "") + "}");
            assertEquals("BAD_REQUEST", ws.next("error", 10).getString("code"));
            ws.send("{\"type\":\"pull\",\"groupId\":\"" + gid + "\",\"after\":\"zero\"}");
            assertEquals("BAD_REQUEST", ws.next("error", 10).getString("code"));

            ws.send("{\"type\":\"ping\"}");
            ws.next("pong", 10);
            assertFalse(ws.isClosed(), "the connection stays open");
        }
        assertEquals(0, storedMessages(bob, gid));
    }

    @Test
    void aPageSizePastTheRangeOfAnIntIsRefusedNotWrappedAround() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        assertEquals(201, sendText(ann, gid, "one", "one").status());
        // -4294967295 narrowed to an int is 1: a page size the contract never allowed.
        assertError(400, "BAD_REQUEST", api.get("/api/v1/groups/" + gid + "/messages?after=0&limit=-4294967295", ann.token()));
        try (Ws ws = Ws.connect(api, ann)) {
            ws.send("{\"type\":\"pull\",\"groupId\":\"" + gid + "\",\"after\":0,\"limit\":-4294967295}");
            assertEquals("BAD_REQUEST", ws.next("error", 10).getString("code"));
        }
    }

    @Test
    void aSingleUnfragmentedFrameOver64KibIsRefusedWith1009() throws Exception {
        var ann = api.newUser();
        // One frame of 8 MiB, not split as the JDK's client splits it: the container's own limit.
        assertEquals(MESSAGE_TOO_BIG, RawFrames.closeCodeAfterClaiming(ticket(ann), 8 * 1024 * 1024, 8 * 1024 * 1024));
        assertEquals(MESSAGE_TOO_BIG, RawFrames.closeCodeAfterClaiming(ticket(ann), 64 * 1024 + 1, 64 * 1024 + 1));
        assertEquals(0, RawFrames.closeCodeAfterClaiming(ticket(ann), 64 * 1024, 64 * 1024), "64 KiB is answered, not closed");
    }

    private String ticket(Api.TestUser user) {
        return api.post("/api/v1/ws-tickets", user.token(), null).json().getString("ticket");
    }

    @Test
    void aFragmentedMessageOver64KibClosesTheConnectionWith1009AndOneUnderItIsAnswered() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        try (Ws ws = Ws.connect(api, ann)) {
            ws.send("{\"type\":\"ping\",\"pad\":\"" + "p".repeat(60 * 1024) + "\"}");
            ws.next("pong", 10);
            ws.sendFragmentsUntilClosed(Json.createObjectBuilder().add("type", "send").add("clientMsgId", "huge")
                    .add("groupId", gid).add("msgType", "TEXT").add("text", "h".repeat(8 * 1024 * 1024)).build().toString(),
                    16 * 1024);
            assertEquals(MESSAGE_TOO_BIG, ws.closeCode(20));
        }
        try (Ws ws = Ws.connect(api, ann)) {
            ws.sendIgnoringClose("{\"type\":\"ping\",\"pad\":\"" + "p".repeat(64 * 1024) + "\"}");
            assertEquals(MESSAGE_TOO_BIG, ws.closeCode(20), "64 KiB of padding plus the rest is past the limit");
        }
        assertEquals(0, storedMessages(bob, gid));
    }

    @Test
    void aClientThatAsksForMegabytesAndDoesNotReadIsClosedBeforeTheyPileUp() throws Exception {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        for (int i = 0; i < 20; i++) {
            assertEquals(201, sendText(ann, gid, "long-" + i, "L".repeat(10_000)).status());
        }
        // Each answer holds about 200,000 characters; 100 of them are 20 million, far past the
        // per-connection bound (4 Mi characters), though only 100 frames (the frame bound is 1,000).
        try (Ws slow = Ws.openPaused(api, bob)) {
            String pull = "{\"type\":\"pull\",\"groupId\":\"" + gid + "\",\"after\":0,\"limit\":200}";
            for (int i = 0; i < 100; i++) {
                slow.sendIgnoringClose(pull);
            }
            Thread.sleep(3_000);
            slow.resume();
            assertEquals(TRY_AGAIN_LATER, slow.closeCode(60));
            assertTrue(slow.received() < 100, "answers past the bound were dropped, not queued: " + slow.received());
        }
    }

    @Test
    void anAvatarUrlWithTwoSlashesNamesAnotherHostAndIsRefused() {
        var ann = api.newUser();
        var refused = api.patch("/api/v1/users/me", ann.token(),
                Json.createObjectBuilder().add("avatarUrl", "//evil.example/x.png").build());
        assertError(400, "BAD_REQUEST", refused);
        assertTrue(refused.json().getJsonObject("error").getString("message").startsWith("avatarUrl:"), refused.raw());
        assertTrue(api.get("/api/v1/users/me", ann.token()).json().isNull("avatarUrl"), "unchanged");
        assertEquals(200, api.patch("/api/v1/users/me", ann.token(),
                Json.createObjectBuilder().add("avatarUrl", "/api/v1/media/x").build()).status());
    }

    @Test
    void theContainersOwnErrorsHaveTheJsonErrorShape() {
        var ann = api.newUser();
        var encodedSlash = api.get("/api/v1/users/a%2Fb", ann.token());
        assertError(400, "BAD_REQUEST", encodedSlash);
        assertError(404, "NOT_FOUND", api.get("/no/such/page.html", null));
        assertError(404, "NOT_FOUND", api.get("/api/v1/no-such-endpoint", ann.token()));
        assertError(405, "METHOD_NOT_ALLOWED", api.raw("PUT", "/api/v1/users/me", ann.token(), "application/json",
                "{}".getBytes(StandardCharsets.UTF_8), true));
        assertError(404, "NOT_FOUND", api.raw("PUT", "/no/such/page.html", null, "text/plain",
                "x".getBytes(StandardCharsets.UTF_8), true));
    }

    @Test
    void apiAnswersSayNosniff() {
        var ann = api.newUser();
        var me = api.bytes("/api/v1/users/me", ann.token(), null);
        assertEquals("nosniff", me.headers().firstValue("X-Content-Type-Options").orElse(""));
    }
}
