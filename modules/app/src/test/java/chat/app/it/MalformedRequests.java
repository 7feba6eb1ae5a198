package chat.app.it;

import static chat.app.it.Malformed.flag;
import static chat.app.it.Malformed.ids;
import static chat.app.it.Malformed.text;
import static chat.app.it.Malformed.whole;
import static chat.app.it.Malformed.word;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import chat.app.it.Malformed.Field;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of REST requests the server must refuse, aimed at a {@link FuzzWorld}: a body
 * with one field against the contract, a body that is no JSON object, a wrong query or path, a
 * token that does not authenticate, and a right request from someone with no right to it.
 */
final class MalformedRequests {

    /** Any status from 400 to 499 but 401: the caller is who the token says; the request is wrong. */
    static final Set<Integer> REFUSED = Set.of(400, 403, 404, 405, 409, 413, 415, 422, 429);
    static final Set<Integer> UNAUTHENTICATED = Set.of(401);
    static final Set<Integer> NOT_YOURS = Set.of(403, 404);

    /** One request: who sends it (a token, the operator's key, or nobody), what, and the statuses it may get. */
    record Probe(String kind, String method, String path, String token, String apiKey, String contentType,
                 byte[] body, Set<Integer> allowed) {

        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return kind + ": " + method + " " + path + (contentType == null ? "" : " [" + contentType + "] ") + shown;
        }
    }

    /** An endpoint of the contract and the fields of its body; {@code operator} calls use the API key. */
    private record Endpoint(String method, String path, boolean operator, List<Field> fields) {
    }

    private final FuzzWorld world;
    private final List<Endpoint> endpoints;

    MalformedRequests(FuzzWorld world) {
        this.world = world;
        this.endpoints = endpoints(world);
    }

    Arbitrary<Probe> any() {
        return Arbitraries.frequencyOf(Tuple.of(8, fieldAgainstTheContract()), Tuple.of(3, bodyThatIsNoObject()),
                Tuple.of(2, wrongQuery()), Tuple.of(2, wrongPath()), Tuple.of(2, tokenThatDoesNotAuthenticate()),
                Tuple.of(1, operatorKeyThatIsWrong()), Tuple.of(3, notYours()), Tuple.of(1, mediaThatIsNotWhatItClaims()));
    }

    private static List<Endpoint> endpoints(FuzzWorld w) {
        String g = w.group();
        String memberPath = g + "/members/" + w.member().id();
        List<String> unknown = Malformed.unknownIds();
        List<String> notContacts = concat(unknown, List.of(w.stranger().id()));
        return List.of(
                new Endpoint("POST", g + "/messages", false, List.of(text("clientMsgId", "fz-1", 1, 64, true),
                        word("type", "TEXT", true, List.of("text", "REDPACK", "SYSTEM", "", "GIF")),
                        text("text", "hello", 1, 10_000, false),
                        ids("mentions", List.of(w.member().id()), false, concat(unknown, List.of(w.stranger().id()))),
                        flag("mentionAll", false, false), whole("replyTo", 1, 1, Long.MAX_VALUE, false))),
                new Endpoint("POST", g + "/messages", false, List.of(text("clientMsgId", "fz-fw", 1, 64, true),
                        word("type", "TEXT", true, List.of("REDPACK", "SYSTEM", "", "GIF")),
                        Malformed.forwardFrom(w.groupId(), concat(unknown, List.of(w.strangersGroupId()))))),
                new Endpoint("PUT", PushSubscriptionsIT.PATH, false, List.of(
                        word("endpoint", "http://127.0.0.1:9/push", true,
                                List.of("https://10.0.0.1/p", "http://push.example.com/p", "", "not a url")),
                        word("p256dh", PushSubscriptionsIT.P256DH, true, List.of("", "BAAA", PushSubscriptionsIT.P256DH.substring(2))),
                        word("auth", PushSubscriptionsIT.AUTH, true, List.of("", "AAAA", PushSubscriptionsIT.AUTH + "AAAA")))),
                new Endpoint("PATCH", g, false, List.of(text("name", "Renamed", 1, 64, false),
                        text("announcement", "Lunch moved", 0, 2_000, false), flag("allMuted", true, false))),
                new Endpoint("POST", "/api/v1/groups", false, List.of(text("name", "Fuzzed", 1, 64, true),
                        ids("memberIds", List.of(w.member().id()), false, notContacts),
                        whole("maxMembers", 10, 2, 1_000_000_000L, false))),
                new Endpoint("PATCH", "/api/v1/users/me", false, List.of(text("nickname", "Renamed", 1, 64, false),
                        word("avatarUrl", "/api/v1/media/x", false, List.of("//evil.example/x.png", "javascript:alert(1)",
                                "ftp://example.com/a.png", "http://", "/" + "a".repeat(600))))),
                new Endpoint("POST", g + "/redpacks", false, List.of(whole("totalCents", 100, 2, 100_000_000_000L, true),
                        whole("count", 2, 1, 2, true), text("greeting", "Hi", 0, 100, false),
                        text("clientId", "fz-packet", 1, 100, true))),
                new Endpoint("PUT", g + "/read", false, List.of(whole("seq", 1, 0, Long.MAX_VALUE, true))),
                new Endpoint("POST", "/api/v1/contacts/requests", false, List.of(word("userId", w.stranger().id(), true,
                        concat(unknown, List.of(w.owner().id()))))),
                new Endpoint("PUT", memberPath + "/mute", false, List.of(whole("minutes", 10, 1, 30 * 24 * 60, true))),
                new Endpoint("PUT", memberPath + "/role", false, List.of(word("role", "ADMIN", true,
                        List.of("OWNER", "admin", "ROOT", "")))),
                new Endpoint("POST", g + "/transfer", false, List.of(word("userId", w.member().id(), true,
                        concat(unknown, List.of(w.owner().id(), w.stranger().id()))))),
                new Endpoint("POST", g + "/invites", false, List.of(whole("ttlHours", 24, 1, 30 * 24, false))),
                new Endpoint("PUT", g + "/settings", false, List.of(flag("doNotDisturb", true, true))),
                new Endpoint("POST", g + "/members", false, List.of(ids("userIds", List.of(w.stranger().id()), true, notContacts))),
                new Endpoint("POST", "/api/v1/direct", false, List.of(word("userId", w.member().id(), true,
                        concat(unknown, List.of(w.owner().id(), w.stranger().id()))))),
                new Endpoint("POST", "/api/v1/nearby/rooms", false, List.of(word("code", "4821", true,
                        List.of("482", "48211", "48a1", "", "４８２１")), latitude("lat"), longitude("lon"))),
                new Endpoint("POST", "/api/v1/wallet/topups", false, List.of(whole("amountCents", 100, 1, 100_000_000_000L, true),
                        text("clientId", "fz-topup", 1, 100, true))),
                new Endpoint("POST", "/api/v1/users", false, List.of(word("username", w.usernamePrefix() + "x", true,
                        List.of("ab", "Upper", "with space", "a/b", "é" + w.usernamePrefix(), "x".repeat(33))),
                        text("password", FuzzWorld.PASSWORD, 8, 128, true), text("nickname", "Fuzz", 1, 64, true))),
                new Endpoint("POST", "/api/v1/admin/wallets/" + w.member().id() + "/credits", true,
                        List.of(whole("amountCents", 100, 1, 100_000_000_000L, true), text("clientId", "fz-credit", 1, 100, true))),
                new Endpoint("POST", "/api/v1/admin/groups/" + w.groupId() + "/messages", true,
                        List.of(text("clientMsgId", "fz-op", 1, 64, true), word("senderId", w.owner().id(), true, unknown),
                                word("type", "TEXT", true, List.of("SYSTEM", "text")), text("text", "From HR", 1, 10_000, false))));
    }

    private static Field latitude(String name) {
        return degrees(name, 31.2304, 90);
    }

    private static Field longitude(String name) {
        return degrees(name, 121.4737, 180);
    }

    private static Field degrees(String name, double valid, int bound) {
        Arbitrary<JsonValue> wrong = Arbitraries.oneOf(
                Arbitraries.doubles().between(bound + 0.01, 1e6).ofScale(2).map(d -> (JsonValue) Json.createValue(d)),
                Arbitraries.doubles().between(-1e6, -bound - 0.01).ofScale(2).map(d -> (JsonValue) Json.createValue(d)),
                Arbitraries.of("north", "NaN", "31.2").map(s -> (JsonValue) Json.createValue(s)),
                Arbitraries.of(JsonValue.NULL, JsonValue.TRUE, JsonValue.EMPTY_JSON_ARRAY));
        return new Field(name, Json.createValue(valid), true, wrong);
    }

    private Arbitrary<Probe> fieldAgainstTheContract() {
        return Arbitraries.of(endpoints).flatMap(e -> Malformed.oneFieldWrong(e.fields())
                .map(body -> json("field", e, body.toString())));
    }

    private Arbitrary<Probe> bodyThatIsNoObject() {
        Arbitrary<String> notAnObject = Arbitraries.oneOf(
                Arbitraries.of("[]", "[{}]", "\"text\"", "42", "true", "null", "{", "}", "{\"a\":}", "{'a':1}", "{a:1}"),
                Arbitraries.integers().between(200, 6_000).map(depth -> "[".repeat(depth) + "]".repeat(depth)));
        Arbitrary<Probe> malformedJson = Combinators.combine(Arbitraries.of(endpoints), notAnObject)
                .as((e, body) -> json("body", e, body));
        // No body at all is wrong only where a field is required: an invite's body ({ttlHours?}) may be left out.
        Arbitrary<Probe> noBody = Arbitraries.of(endpoints).filter(e -> e.fields().stream().anyMatch(Field::required))
                .map(e -> json("body", e, ""));
        // Nesting where a field of the endpoint expects a string, a number or a flat list of ids.
        Arbitrary<Probe> deepInAField = Combinators.combine(Arbitraries.of(endpoints), Arbitraries.integers().between(20, 6_000))
                .as((e, depth) -> json("body", e, "{\"" + e.fields().get(0).name() + "\":"
                        + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}"));
        Arbitrary<Probe> truncated = Arbitraries.of(endpoints).flatMap(e -> {
            String whole = Malformed.valid(e.fields()).toString();
            return Arbitraries.integers().between(1, whole.length() - 1).map(cut -> json("truncated", e, whole.substring(0, cut)));
        });
        Arbitrary<Probe> wrongContentType = Combinators.combine(Arbitraries.of(endpoints),
                Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data"))
                .flatAs((e, type) -> Malformed.oneFieldWrong(e.fields()).map(body ->
                        withContentType(json("content-type", e, body.toString()), type)));
        return Arbitraries.oneOf(malformedJson, noBody, deepInAField, truncated, wrongContentType);
    }

    private Arbitrary<Probe> wrongQuery() {
        String messages = world.group() + "/messages?";
        Arbitrary<String> query = Arbitraries.oneOf(
                Arbitraries.of("after=-1", "after=abc", "after=1.5", "after=99999999999999999999999", "after=3&until=1",
                        "after=0&limit=0", "after=0&limit=-5", "after=0&limit=201", "after=0&limit=ten",
                        "before=0", "before=-3", "before=x&limit=5", "after=0&until=-1").map(q -> messages + q),
                Arbitraries.of("limit=0", "limit=201", "limit=x", "limit=-1").map(q -> world.group() + "/members?" + q),
                Arbitraries.of("", "userIds=", "userIds=" + "u,".repeat(501) + "u").map(q -> "/api/v1/presence?" + q),
                Arbitraries.of("limit=0", "limit=51", "limit=many").map(q -> "/api/v1/users?username=fz&" + q),
                Arbitraries.of("", "q=", "q=%20%20", "q=" + "x".repeat(101), "q=a%00b", "q=storm&limit=0", "q=storm&limit=51",
                        "q=storm&limit=x", "q=storm&before=zz", "q=storm&groupId=no-such-group",
                        "q=storm&groupId=" + world.strangersGroupId()).map(q -> "/api/v1/search/messages?" + q));
        return query.map(path -> new Probe("query", "GET", path, world.owner().token(), null, null, null, REFUSED));
    }

    private Arbitrary<Probe> wrongPath() {
        Arbitrary<String> junk = Arbitraries.oneOf(
                Arbitraries.of(Malformed.unknownIds()).filter(id -> !id.isEmpty() && id.length() < 1_000)
                        .map(id -> URLEncoder.encode(id, StandardCharsets.UTF_8)),
                Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(40),
                Arbitraries.of("%2F", "a%2Fb", "%E4%B8%AD", "%20", "..%5C.."));
        Arbitrary<String> badSeq = Arbitraries.of("0", "-1", "abc", "1.5", "99999999999999999999", "999999999", "%20");
        String g = world.group();
        return Arbitraries.oneOf(
                junk.map(id -> probe("path", "GET", "/api/v1/groups/" + id, null)),
                junk.map(id -> probe("path", "GET", "/api/v1/groups/" + id + "/messages?after=0", null)),
                junk.map(id -> probe("path", "GET", "/api/v1/redpacks/" + id, null)),
                junk.map(id -> probe("path", "POST", "/api/v1/redpacks/" + id + "/grab", null)),
                junk.map(id -> probe("path", "GET", "/api/v1/media/" + id, null)),
                junk.map(id -> probe("path", "GET", "/api/v1/users/" + id, null)),
                junk.map(id -> probe("path", "POST", "/api/v1/invites/" + id + "/accept", null)),
                junk.map(id -> probe("path", "POST", "/api/v1/nearby/rooms/" + id + "/enter", null)),
                junk.map(id -> probe("path", "POST", "/api/v1/contacts/requests/" + id + "/accept", null)),
                junk.map(id -> probe("path", "DELETE", g + "/members/" + id, null)),
                badSeq.map(seq -> probe("path", "DELETE", g + "/messages/" + seq, null)),
                badSeq.map(seq -> probe("path", "POST", g + "/messages/" + seq + "/hide", null)),
                badSeq.map(seq -> probe("path", "PUT", g + "/messages/" + seq + "/reactions/%F0%9F%91%8D", null)),
                badSeq.map(seq -> probe("path", "GET", g + "/messages/" + seq + "/receipts", null)),
                junk.map(emoji -> probe("path", "PUT", g + "/messages/1/reactions/" + emoji, null)),
                junk.map(emoji -> probe("path", "DELETE", g + "/messages/1/reactions/" + emoji, null)));
    }

    private Probe probe(String kind, String method, String path, String body) {
        return new Probe(kind, method, path, world.owner().token(), null, body == null ? null : "application/json",
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), REFUSED);
    }

    private Probe json(String kind, Endpoint e, String body) {
        var token = e.operator() ? null : world.owner().token();
        var key = e.operator() ? Api.ADMIN_KEY : null;
        return new Probe(kind, e.method(), e.path(), token, key, "application/json",
                body.getBytes(StandardCharsets.UTF_8), REFUSED);
    }

    private static Probe withContentType(Probe p, String contentType) {
        return new Probe(p.kind(), p.method(), p.path(), p.token(), p.apiKey(), contentType, p.body(), p.allowed());
    }

    /** Right requests (they would change things) with a token that is missing, forged, tampered with or logged out. */
    private Arbitrary<Probe> tokenThatDoesNotAuthenticate() {
        String[] parts = world.owner().token().split("\\.");
        String[] strangers = world.stranger().token().split("\\.");
        String none = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        Arbitrary<String> badToken = Arbitraries.oneOf(
                Arbitraries.of("", "null", world.revokedToken(), parts[0] + "." + parts[1] + ".",
                        parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse(),
                        parts[0] + "." + strangers[1] + "." + parts[2], none + "." + parts[1] + ".",
                        parts[0] + "." + parts[1]),
                Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(300)
                        .filter(s -> s.chars().allMatch(c -> c > 32 && c < 127)));
        return Combinators.combine(Arbitraries.of(endpoints).filter(e -> !e.operator() && !e.path().equals("/api/v1/users")),
                badToken).as((e, token) -> new Probe("token", e.method(), e.path(), token, null, "application/json",
                        Malformed.valid(e.fields()).toString().getBytes(StandardCharsets.UTF_8), UNAUTHENTICATED));
    }

    /** Right operator requests with no key, a wrong key, or a user's token in its place. */
    private Arbitrary<Probe> operatorKeyThatIsWrong() {
        Arbitrary<String> badKey = Arbitraries.oneOf(Arbitraries.of("", Api.ADMIN_KEY + "x", Api.ADMIN_KEY.toUpperCase()),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(64));
        var operatorCalls = Arbitraries.of(endpoints).filter(Endpoint::operator);
        return Arbitraries.oneOf(
                Combinators.combine(operatorCalls, badKey).as((e, key) -> new Probe("api-key", e.method(), e.path(), null,
                        key, "application/json", Malformed.valid(e.fields()).toString().getBytes(StandardCharsets.UTF_8),
                        Set.of(401, 403))),
                operatorCalls.map(e -> new Probe("api-key", e.method(), e.path(), world.owner().token(), null,
                        "application/json", Malformed.valid(e.fields()).toString().getBytes(StandardCharsets.UTF_8),
                        Set.of(401, 403))));
    }

    private Arbitrary<Probe> notYours() {
        return Arbitraries.of(Trespasses.of(world));
    }

    /** Uploads whose bytes are not the media their type claims, or no media at all. */
    private Arbitrary<Probe> mediaThatIsNotWhatItClaims() {
        // Random bytes behind a fixed "JUNK": bare random bytes are now and then a real MP3 frame header
        // (0xFFEx, one start in 2,048), and the server rightly takes those as audio.
        Arbitrary<byte[]> junk = Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(2_048).map(random -> {
            byte[] bytes = new byte[random.length + 4];
            System.arraycopy("JUNK".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
            System.arraycopy(random, 0, bytes, 4, random.length);
            return bytes;
        });
        Arbitrary<String> claimed = Arbitraries.of("image/png", "image/jpeg", "image/gif", "image/webp", "audio/mpeg",
                "video/mp4", "text/html", "application/pdf", "application/x-sh");
        return Combinators.combine(junk, claimed).as((bytes, type) -> new Probe("media", "POST", "/api/v1/media",
                world.owner().token(), null, type, bytes, REFUSED));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
