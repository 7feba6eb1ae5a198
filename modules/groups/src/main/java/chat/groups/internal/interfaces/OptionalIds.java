package chat.groups.internal.interfaces;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import chat.platform.errors.InvalidInputException;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

/**
 * Reads an optional list of user ids ({@code memberIds} of a new group) so that an explicit
 * {@code null} stays apart from an absent field, as it always has: absent means nobody else, null
 * is a 400 ({@code memberIds: must be an array of strings}). JSON-B gives a record null for both;
 * it calls this deserializer for a null but not for an absent field. {@code RecordShape} has already
 * held every element of an array to a string.
 */
public final class OptionalIds implements JsonbDeserializer<List<String>> {

    /** What an explicit null reads as: told apart from an empty array by identity, in {@link #orNone} only. */
    private static final List<String> EXPLICIT_NULL = Collections.unmodifiableList(new ArrayList<>());

    @Override
    public List<String> deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return EXPLICIT_NULL;
        }
        return value.asJsonArray().getValuesAs(JsonString::getString);
    }

    /** The ids read: none when the field was absent; a 400 naming the field when it was null. */
    static List<String> orNone(String field, List<String> ids) {
        if (ids == EXPLICIT_NULL) {
            throw new InvalidInputException(field, "must be an array of strings");
        }
        return ids == null ? List.of() : ids;
    }
}
