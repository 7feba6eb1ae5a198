package chat.platform.json;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import chat.platform.errors.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads fields of a request's JSON object and names the field in a 400 when one is missing, of
 * the wrong type or holds a NUL character, so every endpoint answers bad input the same way.
 */
public final class JsonBody {

    private final JsonObject json;

    private JsonBody(JsonObject json) {
        this.json = json;
    }

    public static JsonBody of(JsonObject json) {
        if (json == null) {
            throw new InvalidInputException("body", "a JSON object is required");
        }
        return new JsonBody(json);
    }

    /** A body that may be absent: empty or blank text reads as an empty object. */
    public static JsonBody parseOptional(String raw) {
        if (raw == null || raw.isBlank()) {
            return new JsonBody(JsonValue.EMPTY_JSON_OBJECT);
        }
        try (var reader = Json.createReader(new StringReader(raw))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException("body", "must be a JSON object");
            }
            return new JsonBody(value.asJsonObject());
        } catch (JsonException e) {
            throw new InvalidInputException("body", "is not valid JSON");
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            // Parsson refuses nesting past 1,000 levels with a bare RuntimeException, not a JsonException.
            throw new InvalidInputException("body", "is not JSON this server reads: " + e.getMessage());
        }
    }

    public String requiredString(String field) {
        return optionalString(field).orElseThrow(() -> new InvalidInputException(field, "is required"));
    }

    public Optional<String> optionalString(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString string)) {
            throw new InvalidInputException(field, "must be a string");
        }
        return Optional.of(text(field, string));
    }

    /**
     * PostgreSQL cannot store NUL in text, and no field of the API has a use for it: it is refused
     * here, with the field's name, before it reaches a repository (where it would fail as a 500).
     */
    private static String text(String field, JsonString string) {
        String value = string.getString();
        if (value.indexOf('\0') >= 0) {
            throw new InvalidInputException(field, "must not contain NUL characters");
        }
        return value;
    }

    public long requiredLong(String field) {
        return optionalLong(field).orElseThrow(() -> new InvalidInputException(field, "is required"));
    }

    public Optional<Long> optionalLong(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new InvalidInputException(field, "must be a whole number");
        }
        try {
            return Optional.of(number.longValueExact());
        } catch (ArithmeticException e) {
            throw new InvalidInputException(field, "is out of range");
        }
    }

    public boolean requiredBoolean(String field) {
        return optionalBoolean(field).orElseThrow(() -> new InvalidInputException(field, "is required"));
    }

    public Optional<Boolean> optionalBoolean(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw new InvalidInputException(field, "must be true or false");
        }
        return Optional.of(value == JsonValue.TRUE);
    }

    public List<String> requiredStrings(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException(field, "must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            if (!(item instanceof JsonString string)) {
                throw new InvalidInputException(field, "must be an array of strings");
            }
            out.add(text(field, string));
        }
        return out;
    }

    public List<JsonObject> requiredObjects(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException(field, "must be an array of objects");
        }
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException(field, "must be an array of objects");
            }
            out.add(item.asJsonObject());
        }
        return out;
    }
}
