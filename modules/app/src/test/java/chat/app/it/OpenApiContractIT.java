package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Walks the OpenAPI document the server serves and holds the server to it: for every operation,
 * each field of its JSON body sent with a value of the wrong type, each field sent just past a bound
 * its schema states (in a body otherwise made of the document's examples), and each numeric query or
 * path parameter sent as no number and just past its bounds, is answered 400 {@code BAD_REQUEST}
 * whose message starts with that field's name; and afterwards nothing the API shows has changed.
 */
class OpenApiContractIT extends ServerIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> wrong = new ArrayList<>();
    private int probes;

    @Test
    void everyBodyFieldAndNumericParameterOfTheDocumentIsRefusedNamingIt() throws Exception {
        FuzzWorld world = FuzzWorld.make(api);
        JsonObject document = api.get("/openapi?format=JSON", null).json();
        FuzzState before = FuzzState.of(api, world);

        document.getJsonObject("paths").forEach((template, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                probe(document, world, template, method.toUpperCase(), operation.asJsonObject());
            }
        }));

        List<String> changes = FuzzState.of(api, world).changesSince(before);
        assertTrue(wrong.isEmpty() && changes.isEmpty(), wrong.size() + " of " + probes + " probes answered wrong:\n"
                + String.join("\n", wrong) + "\n" + String.join("\n", changes));
        // 130 when written: a document that stopped describing bodies, bounds or parameters would probe far fewer.
        assertTrue(probes >= 120, "only " + probes + " probes: does the document still describe the bodies?");
    }

    private void probe(JsonObject document, FuzzWorld world, String template, String method, JsonObject operation) {
        String credentials = credentials(document, operation, world);
        String path = filled(template, world);
        for (JsonValue p : operation.getJsonArray("parameters") == null ? List.<JsonValue>of() : operation.getJsonArray("parameters")) {
            JsonObject parameter = p.asJsonObject();
            JsonObject schema = parameter.getJsonObject("schema");
            if (schema == null || !"integer".equals(type(schema))) {
                continue;
            }
            String name = parameter.getString("name");
            List<String> values = new ArrayList<>(List.of("not-a-number"));
            if (schema.containsKey("minimum")) {
                values.add(String.valueOf(schema.getJsonNumber("minimum").longValue() - 1));
            }
            if (schema.containsKey("maximum")) {
                values.add(String.valueOf(schema.getJsonNumber("maximum").longValue() + 1));
            }
            for (String value : values) {
                String target = "path".equals(parameter.getString("in"))
                        ? filled(template.replace("{" + name + "}", value), world)
                        : path + (path.contains("?") ? "&" : "?") + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                expectRefusal(method + " " + template + " " + name + "=" + value, name,
                        send(method, target, credentials, jsonBody(document, operation) == null ? null : JsonValue.EMPTY_JSON_OBJECT));
            }
        }
        JsonObject body = jsonBody(document, operation);
        if (body == null || !body.containsKey("properties")) {
            return;
        }
        JsonObject valid = exampleOf(document, body);
        body.getJsonObject("properties").forEach((field, property) -> {
            JsonObject schema = resolve(document, property.asJsonObject());
            expectRefusal(method + " " + template + " body." + field + " of the wrong type", field,
                    send(method, path, credentials, Json.createObjectBuilder().add(field, wrongType(schema)).build()));
            for (JsonValue value : outOfBounds(document, schema)) {
                expectRefusal(method + " " + template + " body." + field + " out of bounds: " + abridged(value), field,
                        send(method, path, credentials, Json.createObjectBuilder(valid).add(field, value).build()));
            }
        });
    }

    /**
     * A body the document calls valid: each field's example. Sent with one field out of bounds, the
     * refusal must then name that field and no other.
     */
    private static JsonObject exampleOf(JsonObject document, JsonObject schema) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        schema.getJsonObject("properties").forEach((field, property) -> {
            JsonObject resolved = resolve(document, property.asJsonObject());
            JsonArray examples = property.asJsonObject().getJsonArray("examples");
            if (examples != null && !examples.isEmpty()) {
                body.add(field, examples.get(0));
            } else if (resolved.containsKey("properties")) {
                body.add(field, exampleOf(document, resolved));
            }
        });
        return body.build();
    }

    /** Values just past each bound the schema states: below a minimum, above a maximum, too short, too long, too few, too many. */
    private static List<JsonValue> outOfBounds(JsonObject document, JsonObject schema) {
        List<JsonValue> values = new ArrayList<>();
        switch (type(schema)) {
            case "integer" -> {
                bound(schema, "minimum").ifPresent(min -> values.add(Json.createValue(min.longValue() - 1)));
                bound(schema, "maximum").ifPresent(max -> values.add(Json.createValue(max.longValue() + 1)));
            }
            case "number" -> {
                bound(schema, "minimum").ifPresent(min -> values.add(Json.createValue(min.doubleValue() - 0.5)));
                bound(schema, "maximum").ifPresent(max -> values.add(Json.createValue(max.doubleValue() + 0.5)));
            }
            case "string" -> {
                bound(schema, "minLength").filter(min -> min.intValue() > 0)
                        .ifPresent(min -> values.add(Json.createValue("7".repeat(min.intValue() - 1))));
                bound(schema, "maxLength").ifPresent(max -> values.add(Json.createValue("7".repeat(max.intValue() + 1))));
            }
            case "array" -> {
                JsonValue item = itemExample(document, schema);
                bound(schema, "minItems").filter(min -> min.intValue() > 0)
                        .ifPresent(min -> values.add(repeated(item, min.intValue() - 1)));
                bound(schema, "maxItems").ifPresent(max -> values.add(repeated(item, max.intValue() + 1)));
            }
            default -> { }
        }
        return values;
    }

    private static Optional<JsonNumber> bound(JsonObject schema, String keyword) {
        return Optional.ofNullable(schema.getJsonNumber(keyword));
    }

    /** One valid item of an array: the first of the array's example, or an object made of its items' examples. */
    private static JsonValue itemExample(JsonObject document, JsonObject array) {
        JsonArray examples = array.getJsonArray("examples");
        if (examples != null && !examples.isEmpty() && examples.get(0) instanceof JsonArray first && !first.isEmpty()) {
            return first.get(0);
        }
        JsonObject items = resolve(document, array.getJsonObject("items"));
        return items.containsKey("properties") ? exampleOf(document, items) : Json.createValue("item");
    }

    private static JsonArray repeated(JsonValue item, int times) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (int i = 0; i < times; i++) {
            array.add(item);
        }
        return array.build();
    }

    private static String abridged(JsonValue value) {
        String text = value.toString();
        return text.length() <= 40 ? text : text.substring(0, 37) + "... (" + text.length() + " characters)";
    }

    private void expectRefusal(String probe, String field, Api.Answer answer) {
        probes++;
        boolean named = answer.status() == 400 && answer.json().containsKey("error")
                && "BAD_REQUEST".equals(answer.json().getJsonObject("error").getString("code", ""))
                && answer.json().getJsonObject("error").getString("message", "").startsWith(field);
        if (!named) {
            wrong.add(probe + ": " + answer.status() + " " + answer.raw());
        }
    }

    /** A value no schema of this type accepts. */
    private static JsonValue wrongType(JsonObject schema) {
        return switch (type(schema)) {
            case "string" -> Json.createValue(12345);
            case "integer", "number", "boolean" -> Json.createValue("not-a-" + type(schema));
            case "array" -> Json.createValue("not-an-array");
            default -> Json.createValue(5);
        };
    }

    /** The schema's type; OpenAPI 3.1 writes a nullable one as {@code ["integer", "null"]}. */
    private static String type(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type instanceof JsonString single) {
            return single.getString();
        }
        if (type != null && type.getValueType() == JsonValue.ValueType.ARRAY) {
            return type.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .filter(t -> !"null".equals(t)).findFirst().orElse("object");
        }
        return "object";
    }

    private static JsonObject jsonBody(JsonObject document, JsonObject operation) {
        JsonObject requestBody = operation.getJsonObject("requestBody");
        if (requestBody == null || !requestBody.getJsonObject("content").containsKey("application/json")) {
            return null;
        }
        JsonObject schema = requestBody.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema");
        return schema == null ? null : resolve(document, schema);
    }

    private static JsonObject resolve(JsonObject document, JsonObject schema) {
        if (!schema.containsKey("$ref")) {
            return schema;
        }
        String name = schema.getString("$ref").substring("#/components/schemas/".length());
        return document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    }

    /** The operator's key, the owner's token, or nothing, as the operation's security asks. */
    private static String credentials(JsonObject document, JsonObject operation, FuzzWorld world) {
        var security = operation.containsKey("security") ? operation.getJsonArray("security") : document.getJsonArray("security");
        if (security == null || security.isEmpty()) {
            return null;
        }
        return security.getJsonObject(0).containsKey("operatorKey") ? "key:" + System.getProperty("chat.it.adminKey")
                : "bearer:" + world.owner().token();
    }

    /** The path with the world's ids in place of its parameters. */
    private static String filled(String template, FuzzWorld world) {
        String id = template.startsWith("/api/v1/redpacks/") ? world.packetId()
                : template.startsWith("/api/v1/media/") ? world.mediaId()
                : template.startsWith("/api/v1/users/") || template.startsWith("/api/v1/admin/users/") ? world.member().id()
                : "no-such-id";
        Map<String, String> values = Map.of("{gid}", world.groupId(), "{uid}", world.member().id(),
                "{userId}", world.member().id(), "{id}", id, "{seq}", "1", "{code}", "0000", "{roomId}", "no-such-room",
                "{emoji}", "%F0%9F%91%8D");
        String path = template;
        for (var entry : values.entrySet()) {
            path = path.replace(entry.getKey(), entry.getValue());
        }
        return path;
    }

    private Api.Answer send(String method, String path, String credentials, JsonObject body) {
        var request = HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(Duration.ofSeconds(30));
        if (credentials != null && credentials.startsWith("bearer:")) {
            request.header("Authorization", "Bearer " + credentials.substring("bearer:".length()));
        } else if (credentials != null) {
            request.header("X-Api-Key", credentials.substring("key:".length()));
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonObject json = raw != null && raw.startsWith("{")
                    ? Json.createReader(new StringReader(raw)).readObject() : JsonValue.EMPTY_JSON_OBJECT;
            return new Api.Answer(response.statusCode(), json, raw);
        } catch (Exception e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        }
    }
}
