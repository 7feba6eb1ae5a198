package chat.platform.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import chat.platform.errors.InvalidInputException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads fields of a WebSocket frame's JSON object and names the field in an error frame when one
 * is missing, of the wrong type or holds a NUL character, in the words REST bodies get from
 * {@code chat.platform.rest.RecordBodyReader}. (REST bodies are records; frames on the hot path
 * stay JSON-P.)
 */
public final class JsonBody {

    private final JsonObject json;
    /** Where this object sits in the frame ({@code "forwardFrom."}), before the names of its fields in errors. */
    private final String path;

    private JsonBody(JsonObject json, String path) {
        this.json = json;
        this.path = path;
    }

    public static JsonBody of(JsonObject json) {
        if (json == null) {
            throw new InvalidInputException("body", "a JSON object is required");
        }
        return new JsonBody(json, "");
    }

    /** An object inside this one, whose fields errors name as {@code field.name}; empty when absent or null. */
    public Optional<JsonBody> optionalObject(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonObject object)) {
            throw new InvalidInputException(path + field, "must be an object");
        }
        return Optional.of(new JsonBody(object, path + field + "."));
    }

    public String requiredString(String field) {
        return optionalString(field).orElseThrow(() -> new InvalidInputException(path + field, "is required"));
    }

    public Optional<String> optionalString(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString string)) {
            throw new InvalidInputException(path + field, "must be a string");
        }
        return Optional.of(text(path + field, string));
    }

    /** An array of strings, or null when the field is absent or null. */
    public List<String> optionalStrings(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidInputException(path + field, "must be an array");
        }
        List<String> strings = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString string)) {
                throw new InvalidInputException(path + field + "[" + i + "]", "must be a string");
            }
            strings.add(text(path + field + "[" + i + "]", string));
        }
        return strings;
    }

    /** True or false; {@code otherwise} when the field is absent or null. */
    public boolean optionalBoolean(String field, boolean otherwise) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return otherwise;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw new InvalidInputException(path + field, "must be true or false");
        }
        return value == JsonValue.TRUE;
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
        return optionalLong(field).orElseThrow(() -> new InvalidInputException(path + field, "is required"));
    }

    public Optional<Long> optionalLong(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new InvalidInputException(path + field, "must be a whole number");
        }
        try {
            return Optional.of(number.longValueExact());
        } catch (ArithmeticException e) {
            throw new InvalidInputException(path + field, "is out of range");
        }
    }
}
