package chat.messaging.internal.interfaces;

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
 * A send's body, read as the server reads it (Yasson, Hibernate Validator), binds as {@code JsonBody}
 * did and is refused in the same words, naming the field; the text rules stay the domain's.
 */
class MessageRequestsTest {

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
    private static <T extends Record> T read(Class<T> type, String body) throws IOException {
        return (T) READER.readFrom((Class) type, type, required(), MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String refusal(Class<? extends Record> type, String body) {
        return assertThrows(InvalidInputException.class, () -> read(type, body), body).getMessage();
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
    void aSendBindsItsFieldsAndIgnoresOthers() throws IOException {
        assertEquals(new MessageRequest("c1", "TEXT", "hi", null),
                read(MessageRequest.class, "{\"clientMsgId\":\"c1\",\"type\":\"TEXT\",\"text\":\"hi\",\"mentions\":[]}"));
        assertEquals(new MessageRequest("c2", "IMAGE", null, "md1"),
                read(MessageRequest.class, "{\"clientMsgId\":\"c2\",\"type\":\"IMAGE\",\"text\":null,\"mediaId\":\"md1\"}"));
    }

    @Test
    void theTextRulesAreLeftToTheDomain() throws IOException {
        // an empty id, a server-only type and a blank text bind: MessageRules refuses them, for REST and WebSocket alike
        assertEquals(new MessageRequest("", "REDPACK", " ", null),
                read(MessageRequest.class, "{\"clientMsgId\":\"\",\"type\":\"REDPACK\",\"text\":\" \"}"));
    }

    @Test
    void aSendWithoutAFieldItNeedsNamesIt() {
        assertEquals("clientMsgId: is required", refusal(MessageRequest.class, "{\"type\":\"TEXT\",\"text\":\"hi\"}"));
        assertEquals("type: is required", refusal(MessageRequest.class, "{\"clientMsgId\":\"c1\",\"type\":null}"));
        assertEquals("clientMsgId: is required", refusal(MessageRequest.class, "{}"));
        assertEquals("body: a JSON object is required", refusal(MessageRequest.class, ""));
    }

    @Test
    void aSendWithAFieldOfTheWrongTypeNamesIt() {
        assertEquals("clientMsgId: must be a string", refusal(MessageRequest.class, "{\"clientMsgId\":1,\"type\":\"TEXT\"}"));
        assertEquals("type: must be a string", refusal(MessageRequest.class, "{\"clientMsgId\":\"c1\",\"type\":[\"TEXT\"]}"));
        assertEquals("text: must be a string", refusal(MessageRequest.class, "{\"clientMsgId\":\"c1\",\"type\":\"TEXT\",\"text\":{}}"));
        assertEquals("mediaId: must be a string", refusal(MessageRequest.class, "{\"clientMsgId\":\"c1\",\"type\":\"IMAGE\",\"mediaId\":7}"));
        assertEquals("text: must not contain NUL characters",
                refusal(MessageRequest.class, "{\"clientMsgId\":\"c1\",\"type\":\"TEXT\",\"text\":\"a\\u0000b\"}"));
    }

    @Test
    void anOperatorPostNeedsItsSender() throws IOException {
        assertEquals(new OperatorMessageRequest("hr-1", "bot", "TEXT", "Closed on Friday"),
                read(OperatorMessageRequest.class, "{\"clientMsgId\":\"hr-1\",\"senderId\":\"bot\",\"type\":\"TEXT\","
                        + "\"text\":\"Closed on Friday\",\"mediaId\":\"ignored\"}"));
        assertEquals("senderId: is required", refusal(OperatorMessageRequest.class, "{\"clientMsgId\":\"hr-1\",\"type\":\"TEXT\"}"));
        assertEquals("senderId: must be a string",
                refusal(OperatorMessageRequest.class, "{\"clientMsgId\":\"hr-1\",\"senderId\":true,\"type\":\"TEXT\"}"));
    }

    /** Where the resources' {@code @NotNull} comes from: the body parameter of a required body. */
    private static final class Required {
        @SuppressWarnings("unused")
        void body(@NotNull Object body) {
        }
    }
}
