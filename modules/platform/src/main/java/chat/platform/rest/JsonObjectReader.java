package chat.platform.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import chat.platform.errors.ChatException;
import chat.platform.errors.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads a request body that a resource takes as a {@link JsonObject}, in place of the runtime's
 * own reader, so every way a body can be wrong is a 400 naming the body: an array, a string or a
 * number where an object is expected, invalid JSON, and nesting past the parser's limit (Parsson
 * refuses 1,000 levels with a bare RuntimeException, which the runtime's reader let through as a
 * 500). An empty body reads as null, which the resources refuse with their own words. A body
 * past the size limit keeps its 413 ({@link BodySizeLimit}).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class JsonObjectReader implements MessageBodyReader<JsonObject> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
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
