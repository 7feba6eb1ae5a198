package chat.app.it;

import static chat.app.it.Malformed.flag;
import static chat.app.it.Malformed.ids;
import static chat.app.it.Malformed.text;
import static chat.app.it.Malformed.whole;
import static chat.app.it.Malformed.word;

import java.util.List;
import java.util.stream.Stream;

import chat.app.it.Malformed.Field;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of WebSocket text frames the server must answer with an error frame, aimed at
 * a {@link FuzzWorld}: no JSON object, no or an unknown type, a {@code send}, {@code pull} or
 * {@code read} with one field against the contract, and right frames from someone not in the group.
 */
final class MalformedFrames {

    /** A frame and whose socket sends it. */
    record Shot(boolean fromStranger, String text) {

        @Override
        public String toString() {
            return (fromStranger ? "stranger: " : "owner: ") + text.substring(0, Math.min(text.length(), 300));
        }
    }

    private final FuzzWorld world;

    MalformedFrames(FuzzWorld world) {
        this.world = world;
    }

    Arbitrary<Shot> any() {
        return Arbitraries.frequencyOf(Tuple.of(2, noObject()), Tuple.of(1, noType()), Tuple.of(6, fieldAgainstTheContract()),
                Tuple.of(1, notYours()));
    }

    private List<List<Field>> frames() {
        List<String> groups = List.of("", "no-such-group", world.strangersGroupId(), "x".repeat(2_000));
        Field group = word("groupId", world.groupId(), true, groups);
        return List.of(
                List.of(type("send"), text("clientMsgId", "fz-ws", 1, 64, true), group,
                        word("msgType", "TEXT", true, List.of("text", "SYSTEM", "REDPACK", "STICKER")),
                        text("text", "hello", 1, 10_000, false),
                        ids("mentions", List.of(world.member().id()), false,
                                Stream.concat(Malformed.unknownIds().stream(), Stream.of(world.stranger().id())).toList()),
                        flag("mentionAll", false, false), whole("replyTo", 1, 1, Long.MAX_VALUE, false)),
                List.of(type("send"), text("clientMsgId", "fz-ws-fw", 1, 64, true), group,
                        word("msgType", "TEXT", true, List.of("SYSTEM", "REDPACK", "STICKER")),
                        Malformed.forwardFrom(world.groupId(), Stream.concat(Malformed.unknownIds().stream(),
                                Stream.of(world.strangersGroupId())).toList())),
                List.of(type("pull"), group, whole("after", 0, 0, Long.MAX_VALUE, true), whole("limit", 20, 1, 200, false)),
                List.of(type("read"), group, whole("seq", 1, 0, Long.MAX_VALUE, true)));
    }

    private static Field type(String type) {
        return new Field("type", Json.createValue(type), true, Arbitraries.just(Json.createValue(type)));
    }

    private Arbitrary<Shot> fieldAgainstTheContract() {
        // The type field is always right here, so each frame reaches the handler of its type.
        return Arbitraries.of(frames()).flatMap(fields -> Malformed.oneFieldWrong(fields.subList(1, fields.size()))
                .map(body -> {
                    JsonObjectBuilder withType = Json.createObjectBuilder(body).add("type", fields.get(0).valid());
                    return new Shot(false, withType.build().toString());
                }));
    }

    private Arbitrary<Shot> noObject() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "[]", "[{\"type\":\"ping\"}]", "\"ping\"", "42", "null", "{", "{\"type\":",
                        "{\"type\":\"ping\"", "{type:ping}"),
                Arbitraries.integers().between(100, 5_000).map(depth -> "[".repeat(depth) + "]".repeat(depth)),
                Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(200).filter(s -> !s.isBlank() && s.charAt(0) != '{'))
                .map(text -> new Shot(false, text));
    }

    private Arbitrary<Shot> noType() {
        Arbitrary<JsonValue> wrongType = Arbitraries.oneOf(Arbitraries.of(JsonValue.NULL, JsonValue.TRUE,
                        Json.createValue(1), Json.createValue("PING"), Json.createValue("Send"), Json.createValue("")),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30)
                        .filter(t -> !List.of("ping", "send", "pull", "read").contains(t)).map(Json::createValue));
        return Arbitraries.oneOf(Arbitraries.just(new Shot(false, "{}")),
                wrongType.map(type -> new Shot(false, Json.createObjectBuilder().add("type", type)
                        .add("groupId", world.groupId()).build().toString())));
    }

    /** Right frames about the group, from the stranger's socket. */
    private Arbitrary<Shot> notYours() {
        String gid = world.groupId();
        return Arbitraries.of(
                "{\"type\":\"send\",\"clientMsgId\":\"fz-ws\",\"groupId\":\"" + gid + "\",\"msgType\":\"TEXT\",\"text\":\"hi\"}",
                "{\"type\":\"pull\",\"groupId\":\"" + gid + "\",\"after\":0}",
                "{\"type\":\"read\",\"groupId\":\"" + gid + "\",\"seq\":1}").map(text -> new Shot(true, text));
    }
}
