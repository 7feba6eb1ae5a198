package chat.platform.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

import chat.platform.errors.ChatException;
import chat.platform.errors.InvalidInputException;
import chat.platform.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * Reads a request body that must be a JSON object, so every way it can be wrong is a 400 naming
 * the body: an array, a string or a number where an object is expected, invalid JSON, and nesting
 * past the parser's limit (Parsson refuses 1,000 levels with a bare RuntimeException, which the
 * runtime's own reader let through as a 500). A body past the size limit keeps its 413
 * ({@link BodySizeLimit}).
 */
final class GuardedJson {

    private GuardedJson() {
    }

    /** The body's object, or null when the body is empty. */
    static JsonObject readObject(InputStream entity) throws IOException {
        PushbackInputStream in = new PushbackInputStream(entity, 1);
        int first = in.read();
        if (first < 0) {
            return null;
        }
        in.unread(first);
        try (JsonReader reader = Json.createReader(in)) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException("body", "must be a JSON object, not " + value.getValueType().name().toLowerCase());
            }
            return value.asJsonObject();
        } catch (ChatException e) {
            throw e;
        } catch (JsonException e) {
            throw new InvalidInputException("body", "is not valid JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new InvalidInputException("body", "is not JSON this server reads: " + e.getMessage());
        }
    }
}
