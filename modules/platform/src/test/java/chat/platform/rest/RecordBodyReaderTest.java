package chat.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.MediaType;

/** The request reader with the JSON-B and Bean Validation that Liberty runs (Yasson, Hibernate Validator). */
class RecordBodyReaderTest {

    public enum Kind { TEXT, IMAGE }

    public record Media(@NotNull @Min(1) Integer width, Integer height) {
    }

    public record Send(@NotNull @Size(min = 1, max = 8) String text, Long amountCents, Boolean pinned, Kind kind,
                @Size(max = 2) List<String> memberIds, @Valid Media media, Instant at) {
    }

    private final RecordBodyReader reader = reader();

    private static RecordBodyReader reader() {
        var reader = new RecordBodyReader();
        reader.useValidator(Validation.buildDefaultValidatorFactory().getValidator());
        return reader;
    }

    private Send read(String body, Annotation... annotations) throws IOException {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Record> type = (Class) Send.class;
        return (Send) reader.readFrom(type, type, annotations, MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private String refusal(String body) {
        return assertThrows(InvalidInputException.class, () -> read(body), body).getMessage();
    }

    @Test
    void aWellFormedBodyBindsEveryFieldAndIgnoresUnknownOnes() throws IOException {
        Send send = read("{\"text\":\"hi\",\"amountCents\":9007199254740993,\"pinned\":true,\"kind\":\"IMAGE\","
                + "\"memberIds\":[\"a\",\"b\"],\"media\":{\"width\":3},\"at\":\"2026-12-05T12:00:00Z\",\"later\":1}");
        assertEquals(new Send("hi", 9007199254740993L, true, Kind.IMAGE, List.of("a", "b"), new Media(3, null),
                Instant.parse("2026-12-05T12:00:00Z")), send);
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingItsField() {
        assertEquals("text: must be a string", refusal("{\"text\":5}"));
        assertEquals("amountCents: must be a whole number", refusal("{\"text\":\"x\",\"amountCents\":\"5\"}"));
        assertEquals("amountCents: must be a whole number", refusal("{\"text\":\"x\",\"amountCents\":1.5}"));
        assertEquals("amountCents: is out of range", refusal("{\"text\":\"x\",\"amountCents\":100000000000000000000}"));
        assertEquals("pinned: must be true or false", refusal("{\"text\":\"x\",\"pinned\":\"yes\"}"));
        assertEquals("kind: must be one of TEXT, IMAGE", refusal("{\"text\":\"x\",\"kind\":\"VIDEO\"}"));
        assertEquals("memberIds: must be an array", refusal("{\"text\":\"x\",\"memberIds\":\"a\"}"));
        assertEquals("memberIds[0]: must be a string", refusal("{\"text\":\"x\",\"memberIds\":[1]}"));
        assertEquals("memberIds[1]: must not be null", refusal("{\"text\":\"x\",\"memberIds\":[\"a\",null]}"));
        assertEquals("media: must be a JSON object", refusal("{\"text\":\"x\",\"media\":[]}"));
        assertEquals("media.width: must be a whole number", refusal("{\"text\":\"x\",\"media\":{\"width\":true}}"));
        assertEquals("at: must be an ISO-8601 UTC time such as 2026-12-05T12:00:00Z", refusal("{\"text\":\"x\",\"at\":\"today\"}"));
        assertEquals("text: must not contain NUL characters", refusal("{\"text\":\"a\\u0000b\"}"));
    }

    @Test
    void aBrokenConstraintIsRefusedNamingItsField() {
        assertEquals("text: is required", refusal("{}"));
        assertEquals("text: is required", refusal("{\"text\":null}"));
        assertEquals("text: size must be between 1 and 8", refusal("{\"text\":\"123456789\"}"));
        assertEquals("memberIds: size must be between 0 and 2", refusal("{\"text\":\"x\",\"memberIds\":[\"a\",\"b\",\"c\"]}"));
        assertEquals("media.width: must be greater than or equal to 1", refusal("{\"text\":\"x\",\"media\":{\"width\":0}}"));
    }

    @Test
    void aBodyThatIsNoObjectIsRefusedAsTheBody() {
        assertEquals("body: must be a JSON object, not array", refusal("[]"));
        assertEquals("body: must be a JSON object, not number", refusal("42"));
    }

    @Test
    void anEmptyBodyIsNullUnlessTheParameterRequiresIt() throws Exception {
        assertNull(read(""));
        NotNull required = Holder.class.getDeclaredMethod("body", Send.class).getParameters()[0].getAnnotation(NotNull.class);
        var refused = assertThrows(InvalidInputException.class, () -> read("", required));
        assertEquals("body: a JSON object is required", refused.getMessage());
        RequestBody documented = Holder.class.getDeclaredMethod("documented", Send.class).getParameters()[0]
                .getAnnotation(RequestBody.class);
        assertEquals("body: a JSON object is required",
                assertThrows(InvalidInputException.class, () -> read("", documented)).getMessage());
    }

    @Test
    void aRequestRecordWithAFieldOfNoKnownShapeIsAProgrammingError() {
        record Odd(Object anything) {
        }
        var reader = reader();
        var failure = assertThrows(IllegalStateException.class,
                () -> reader.read(Odd.class, jakarta.json.Json.createObjectBuilder().add("anything", 1).build(), true));
        assertEquals(true, failure.getMessage().contains("anything"));
    }

    private static final class Holder {
        @SuppressWarnings("unused")
        void body(@NotNull Send body) {
        }

        @SuppressWarnings("unused")
        void documented(@RequestBody(required = true) Send body) {
        }
    }

}
