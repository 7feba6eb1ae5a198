package chat.app.it;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of JSON values that break a field's rule in the contract, and of bodies that
 * are right but for one field. The fuzz test builds every request and frame from these, so each
 * one is wrong by construction and the server must refuse it.
 */
final class Malformed {

    private Malformed() {
    }

    /** A field of a body: a value the contract accepts, whether it may be left out, and values it must refuse. */
    record Field(String name, JsonValue valid, boolean required, Arbitrary<JsonValue> wrong) {
    }

    /** A body that is right but for one field: that field holds a wrong value, or is missing when required. */
    static Arbitrary<JsonObject> oneFieldWrong(List<Field> fields) {
        List<Arbitrary<JsonObject>> ways = new ArrayList<>();
        for (Field broken : fields) {
            ways.add(broken.wrong().map(value -> bodyWith(fields, broken, value)));
            if (broken.required()) {
                ways.add(Arbitraries.just(bodyWith(fields, broken, null)));
            }
        }
        return Arbitraries.oneOf(ways);
    }

    /** The body with every field right. */
    static JsonObject valid(List<Field> fields) {
        return bodyWith(fields, null, null);
    }

    private static JsonObject bodyWith(List<Field> fields, Field broken, JsonValue wrongOrMissing) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        for (Field field : fields) {
            JsonValue value = field == broken ? wrongOrMissing : field.valid();
            if (value != null) {
                body.add(field.name(), value);
            }
        }
        return body.build();
    }

    static Field text(String name, String valid, int min, int max, boolean required) {
        List<Arbitrary<JsonValue>> wrong = new ArrayList<>(List.of(withNul(), notAString(), tooLong(max)));
        if (min > 0) {
            wrong.add(Arbitraries.just(Json.createValue("")));
        }
        if (required) {
            wrong.add(Arbitraries.just(JsonValue.NULL));
        }
        return new Field(name, Json.createValue(valid), required, Arbitraries.oneOf(wrong));
    }

    /** A string field whose wrong values are given (and a NUL, and not a string at all). */
    static Field word(String name, String valid, boolean required, List<String> wrongWords) {
        List<Arbitrary<JsonValue>> wrong = new ArrayList<>(List.of(withNul(), notAString(),
                Arbitraries.of(wrongWords).map(Json::createValue)));
        if (required) {
            wrong.add(Arbitraries.just(JsonValue.NULL));
        }
        return new Field(name, Json.createValue(valid), required, Arbitraries.oneOf(wrong));
    }

    /** A whole number from min to max (Long.MAX_VALUE: no upper bound but the type's). */
    static Field whole(String name, long valid, long min, long max, boolean required) {
        List<Arbitrary<JsonValue>> wrong = new ArrayList<>(List.of(
                Arbitraries.longs().between(Long.MIN_VALUE / 2, min - 1).map(n -> (JsonValue) Json.createValue(n)),
                Arbitraries.longs().between(min, Math.min(max, 1_000_000)).map(n -> (JsonValue) Json.createValue(
                        BigDecimal.valueOf(n).add(new BigDecimal("0.5")))),
                Arbitraries.of("1e30", "99999999999999999999", "-1e400").map(n -> (JsonValue) Json.createValue(new BigDecimal(n))),
                Arbitraries.longs().between(min, Math.min(max, 1_000_000)).map(n -> (JsonValue) Json.createValue(Long.toString(n))),
                Arbitraries.of(JsonValue.TRUE, JsonValue.FALSE, JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_OBJECT)));
        if (max < Long.MAX_VALUE) {
            wrong.add(Arbitraries.longs().between(max + 1, Long.MAX_VALUE).map(n -> (JsonValue) Json.createValue(n)));
        }
        if (required) {
            wrong.add(Arbitraries.just(JsonValue.NULL));
        }
        return new Field(name, Json.createValue(valid), required, Arbitraries.oneOf(wrong));
    }

    static Field flag(String name, boolean valid, boolean required) {
        List<Arbitrary<JsonValue>> wrong = new ArrayList<>(List.of(Arbitraries.of("true", "false", "yes", "1")
                .map(Json::createValue), Arbitraries.of(0, 1).map(Json::createValue)));
        if (required) {
            wrong.add(Arbitraries.just(JsonValue.NULL));
        }
        return new Field(name, valid ? JsonValue.TRUE : JsonValue.FALSE, required, Arbitraries.oneOf(wrong));
    }

    /**
     * A forward's {@code {groupId, seq}}; the valid one names the fuzz group's red packet (seq 1), which
     * no one may forward, so that a right body is refused too. Wrong: another's or no conversation, a
     * seq that is not one, or no object at all.
     */
    static Field forwardFrom(String groupId, List<String> foreignGroupIds) {
        Arbitrary<JsonValue> wrong = Arbitraries.oneOf(
                Arbitraries.of(foreignGroupIds).map(g -> (JsonValue) forward(Json.createValue(g), Json.createValue(1))),
                Arbitraries.of(Json.createValue(0), Json.createValue(-1), Json.createValue("1"), Json.createValue(new BigDecimal("1.5")),
                        JsonValue.NULL, Json.createValue(999_999_999L)).map(seq -> (JsonValue) forward(Json.createValue(groupId), seq)),
                Arbitraries.of(Json.createValue("g"), Json.createValue(1), JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_OBJECT,
                        JsonValue.TRUE));
        return new Field("forwardFrom", forward(Json.createValue(groupId), Json.createValue(1)), true, wrong);
    }

    private static JsonObject forward(JsonValue groupId, JsonValue seq) {
        return Json.createObjectBuilder().add("groupId", groupId).add("seq", seq).build();
    }

    /** An array of ids, whose wrong values are the given ids (unknown, forbidden) or no array of strings. */
    static Field ids(String name, List<String> valid, boolean required, List<String> wrongIds) {
        var validArray = Json.createArrayBuilder(valid).build();
        Arbitrary<JsonValue> wrong = Arbitraries.oneOf(
                Arbitraries.of(wrongIds).map(id -> (JsonValue) Json.createArrayBuilder().add(id).build()),
                Arbitraries.of(Json.createValue("a,b"), Json.createArrayBuilder().add(1).add(2).build(),
                        Json.createArrayBuilder().add(JsonValue.NULL).build(), JsonValue.EMPTY_JSON_OBJECT),
                withNul().map(nul -> (JsonValue) Json.createArrayBuilder().add(nul).build()));
        return new Field(name, validArray, required, wrong);
    }

    /** Ids that name nothing, or name nothing well: random, empty, huge, traversal, NUL. */
    static List<String> unknownIds() {
        return List.of("", "0", "-1", "no-such-id", "00000000-0000-0000-0000-000000000000",
                "../../etc/passwd", "x".repeat(5_000), "组", "' or '1'='1");
    }

    static Arbitrary<JsonValue> withNul() {
        return Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(8), Arbitraries.strings().alpha().ofMaxLength(8))
                .as((a, b) -> Json.createValue(a + '\u0000' + b));
    }

    static Arbitrary<JsonValue> notAString() {
        return Arbitraries.of(Json.createValue(42), Json.createValue(new BigDecimal("3.5")), JsonValue.TRUE,
                Json.createArrayBuilder().add("a").build(), Json.createObjectBuilder(Map.of("a", "b")).build());
    }

    static Arbitrary<JsonValue> tooLong(int max) {
        return Arbitraries.integers().between(max + 1, max + 64)
                .flatMap(length -> Arbitraries.strings().withCharRange('a', 'z').ofLength(length))
                .map(Json::createValue);
    }
}
