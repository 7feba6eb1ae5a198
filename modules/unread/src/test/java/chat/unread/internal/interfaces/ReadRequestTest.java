package chat.unread.internal.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;
import chat.platform.rest.RecordBodyReader;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.MediaType;

/**
 * A read's body, read as the server reads it (Yasson, Hibernate Validator), binds as {@code JsonBody}
 * did and is refused in the same words; a negative seq is left to the domain ({@code ReadCursor}).
 */
class ReadRequestTest {

    private static final RecordBodyReader READER = reader();

    /** The reader as CDI makes it: its validator is an injected, package-private field, set here as CDI sets it. */
    private static RecordBodyReader reader() {
        var reader = new RecordBodyReader();
        try {
            var validator = RecordBodyReader.class.getDeclaredField("validator");
            validator.setAccessible(true);
            validator.set(reader, Validation.buildDefaultValidatorFactory().getValidator());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("RecordBodyReader has no validator field to inject", e);
        }
        return reader;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ReadRequest read(String body) throws IOException {
        return (ReadRequest) READER.readFrom((Class) ReadRequest.class, ReadRequest.class, required(),
                MediaType.APPLICATION_JSON_TYPE, null, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String refusal(String body) {
        return assertThrows(InvalidInputException.class, () -> read(body), body).getMessage();
    }

    /** The annotations of a resource's {@code @NotNull} body parameter. */
    private static Annotation[] required() {
        try {
            return Required.class.getDeclaredMethod("body", Object.class).getParameterAnnotations()[0];
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReadBindsItsSeqWholeAndLeavesItsRangeToTheDomain() throws IOException {
        assertEquals(new ReadRequest(9_007_199_254_740_993L), read("{\"seq\":9007199254740993,\"groupId\":\"ignored\"}"));
        assertEquals(new ReadRequest(-1L), read("{\"seq\":-1}"));
    }

    @Test
    void aReadWithoutAWholeSeqNamesIt() {
        assertEquals("seq: is required", refusal("{}"));
        assertEquals("seq: is required", refusal("{\"seq\":null}"));
        assertEquals("seq: must be a whole number", refusal("{\"seq\":\"two\"}"));
        assertEquals("seq: must be a whole number", refusal("{\"seq\":1.5}"));
        assertEquals("seq: is out of range", refusal("{\"seq\":99999999999999999999}"));
        assertEquals("body: a JSON object is required", refusal(""));
        assertEquals("body: must be a JSON object, not array", refusal("[1]"));
    }

    /** Where the resource's {@code @NotNull} comes from: the body parameter of a required body. */
    private static final class Required {
        @SuppressWarnings("unused")
        void body(@NotNull Object body) {
        }
    }
}
