package chat.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import chat.platform.errors.InvalidInputException;
import chat.platform.rest.RecordBodyReader;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;

/**
 * Request bodies read as the server reads them (Yasson and Hibernate Validator, as Liberty runs
 * them), for the modules' unit tests of their request records. Shared through the platform's
 * test jar, so each module's tests say what they check, not how a reader is wired.
 */
public final class RequestBodies {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final RecordBodyReader READER = withValidator(new RecordBodyReader());

    private RequestBodies() {
    }

    /** The reader (or a module's subclass of it) with the validator CDI injects on the server. */
    public static <T extends RecordBodyReader> T withValidator(T reader) {
        reader.useValidator(VALIDATOR);
        return reader;
    }

    /** The record a required body binds to; throws what the server answers 400 with. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T extends Record> T read(Class<T> type, String body) throws IOException {
        return (T) READER.readFrom((Class) type, type, required(), MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** The 400's message for a body that must be refused ({@code "field: problem"}). */
    public static String refusal(Class<? extends Record> type, String body) {
        return assertThrows(InvalidInputException.class, () -> read(type, body), body).getMessage();
    }

    private static Annotation[] required() {
        try {
            return RequestBodies.class.getDeclaredMethod("resource", Object.class).getParameterAnnotations()[0];
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A resource method's required body parameter, whose annotations the reader is handed. */
    @SuppressWarnings("unused")
    private static void resource(@RequestBody(required = true) Object body) {
    }
}
