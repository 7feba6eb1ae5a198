package chat.platform.rest;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import chat.platform.errors.InvalidInputException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Holds a request's JSON object against the record it binds to, before JSON-B binds it: a value of
 * the wrong type is a 400 naming its field ({@code amountCents: must be a whole number}) in the
 * same words on every endpoint, a number too large for its field is refused rather than wrapped,
 * and a NUL character (which PostgreSQL cannot store) never reaches a repository. An absent or null
 * field passes: whether it is required is the record's own constraint ({@code @NotNull}). Fields
 * the record does not have are ignored, as the contract lets clients send more than it reads.
 */
final class RecordShape {

    private RecordShape() {
    }

    static void check(Class<?> record, JsonObject json) {
        check(record, json, "");
    }

    private static void check(Class<?> record, JsonObject json, String prefix) {
        for (RecordComponent component : record.getRecordComponents()) {
            String name = jsonName(component);
            JsonValue value = json.get(name);
            if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
                checkValue(prefix + name, component.getGenericType(), value);
            }
        }
    }

    /** The name a component has in JSON: its {@code @JsonbProperty} or its own. */
    static String jsonName(RecordComponent component) {
        JsonbProperty renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
        if (renamed == null) {
            renamed = component.getAnnotation(JsonbProperty.class);
        }
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    private static void checkValue(String field, Type type, JsonValue value) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            text(field, value);
        } else if (raw == Long.class || raw == long.class) {
            whole(field, value, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (raw == Integer.class || raw == int.class) {
            whole(field, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                throw new InvalidInputException(field, "must be true or false");
            }
        } else if (raw == Double.class || raw == double.class) {
            if (!(value instanceof JsonNumber)) {
                throw new InvalidInputException(field, "must be a number");
            }
        } else if (raw == Instant.class) {
            try {
                Instant.parse(text(field, value));
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(field, "must be an ISO-8601 UTC time such as 2026-12-05T12:00:00Z");
            }
        } else if (raw.isEnum()) {
            String name = text(field, value);
            if (Arrays.stream(raw.getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name().equals(name))) {
                throw new InvalidInputException(field, "must be one of " + Arrays.stream(raw.getEnumConstants())
                        .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new InvalidInputException(field, "must be an array");
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            var items = value.asJsonArray();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).getValueType() == JsonValue.ValueType.NULL) {
                    throw new InvalidInputException(field + "[" + i + "]", "must not be null");
                }
                checkValue(field + "[" + i + "]", element, items.get(i));
            }
        } else if (raw.isRecord()) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException(field, "must be a JSON object");
            }
            check(raw, value.asJsonObject(), field + ".");
        } else {
            throw new IllegalStateException("a request field of type " + raw.getName() + " (" + field
                    + ") has no shape check: use a string, a whole number, a boolean, an enum, a time, a list or a record");
        }
    }

    private static String text(String field, JsonValue value) {
        if (!(value instanceof JsonString string)) {
            throw new InvalidInputException(field, "must be a string");
        }
        if (string.getString().indexOf('\0') >= 0) {
            throw new InvalidInputException(field, "must not contain NUL characters");
        }
        return string.getString();
    }

    private static void whole(String field, JsonValue value, long min, long max) {
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new InvalidInputException(field, "must be a whole number");
        }
        long exact;
        try {
            exact = number.longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(field, "is out of range");
        }
        if (exact < min || exact > max) {
            throw new InvalidInputException(field, "is out of range");
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("a request field of type " + type + " has no shape check");
    }
}
