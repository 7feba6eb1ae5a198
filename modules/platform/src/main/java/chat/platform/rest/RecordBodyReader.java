package chat.platform.rest;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Comparator;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import chat.platform.errors.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads every JSON request body a resource takes as a record: the body must be one JSON object
 * ({@link GuardedJson}), its fields must have their record component's type ({@link RecordShape}),
 * JSON-B binds it ({@link JsonBinding}), and Bean Validation checks the record's constraints. Each
 * failure is a 400 {@code BAD_REQUEST} whose message names the field. An empty body is null, or
 * a 400 when the resource's parameter is {@code @RequestBody(required = true)} (or {@code @NotNull}).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class RecordBodyReader implements MessageBodyReader<Record> {

    private Validator validator;

    /** CDI hands in the server's validator; code outside CDI (a module's unit test) hands in its own. */
    @Inject
    public void useValidator(Validator validator) {
        this.validator = validator;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        return read(type, GuardedJson.readObject(entity), required(annotations));
    }

    <T extends Record> T read(Class<T> type, JsonObject json, boolean required) {
        if (json == null) {
            if (required) {
                throw new InvalidInputException("body", "a JSON object is required");
            }
            return null;
        }
        RecordShape.check(type, json);
        T body;
        try {
            body = JsonBinding.JSONB.fromJson(json.toString(), type);
        } catch (JsonbException e) {
            // RecordShape let through what JSON-B should bind: a gap there, said as a client fault.
            throw new InvalidInputException("body", "cannot be read as " + type.getSimpleName() + ": " + e.getMessage());
        }
        validator.validate(body).stream()
                .min(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .ifPresent(v -> {
                    throw new InvalidInputException(field(v), v.getMessage());
                });
        return body;
    }

    /** The field as a client wrote it: {@code memberIds[2]}, {@code media.width}. */
    static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString().replace(".<list element>", "").replace(".<iterable element>", "");
        return path.isEmpty() ? "body" : path;
    }

    /** A body is required when its parameter says so, to the OpenAPI document ({@code @RequestBody(required = true)}) or to Bean Validation. */
    private static boolean required(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof NotNull || annotation instanceof RequestBody body && body.required()) {
                return true;
            }
        }
        return false;
    }
}
