package chat.redpack.internal.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;
import chat.platform.rest.RecordBodyReader;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.MediaType;

/**
 * The wallet and red-packet bodies, read as the server reads them (Yasson, Hibernate Validator),
 * bind as the hand-written readers did and are refused in the same words, naming the field.
 */
class RedPackRequestsTest {

    private static final RecordBodyReader READER = reader();

    /** The reader as CDI makes it: its validator is an injected, package-private field, set here as CDI sets it. */
    private static RecordBodyReader reader() {
        var reader = new RecordBodyReader();
        try {
            Field validator = RecordBodyReader.class.getDeclaredField("validator");
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

    private static Annotation[] required() {
        try {
            return Required.class.getDeclaredMethod("body", Object.class).getParameterAnnotations()[0];
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSendBindsEveryFieldAndLeavesAnAbsentGreetingToTheDefault() throws IOException {
        assertEquals(new RedPacketOrder(1000L, 5L, "hi", "c1"),
                read(RedPacketOrder.class, "{\"totalCents\":1000,\"count\":5,\"greeting\":\"hi\",\"clientId\":\"c1\",\"x\":1}"));
        assertEquals(new RedPacketOrder(9_007_199_254_740_993L, 3_000_000_000L, null, "c1"),
                read(RedPacketOrder.class, "{\"totalCents\":9007199254740993,\"count\":3000000000,\"clientId\":\"c1\"}"));
    }

    @Test
    void aSendWithoutAFieldItNeedsNamesIt() {
        assertEquals("totalCents: is required", refusal(RedPacketOrder.class, "{\"count\":5,\"clientId\":\"c1\"}"));
        assertEquals("count: is required", refusal(RedPacketOrder.class, "{\"totalCents\":5,\"clientId\":\"c1\"}"));
        assertEquals("clientId: is required", refusal(RedPacketOrder.class, "{\"totalCents\":5,\"count\":1,\"clientId\":null}"));
        assertEquals("body: a JSON object is required", refusal(RedPacketOrder.class, ""));
    }

    @Test
    void aSendWithAFieldOfTheWrongTypeNamesIt() {
        assertEquals("totalCents: must be a whole number",
                refusal(RedPacketOrder.class, "{\"totalCents\":10.5,\"count\":5,\"clientId\":\"c1\"}"));
        assertEquals("count: must be a whole number",
                refusal(RedPacketOrder.class, "{\"totalCents\":10,\"count\":\"5\",\"clientId\":\"c1\"}"));
        assertEquals("totalCents: is out of range",
                refusal(RedPacketOrder.class, "{\"totalCents\":99999999999999999999,\"count\":5,\"clientId\":\"c1\"}"));
        assertEquals("greeting: must be a string",
                refusal(RedPacketOrder.class, "{\"totalCents\":10,\"count\":5,\"greeting\":7,\"clientId\":\"c1\"}"));
        assertEquals("clientId: must not contain NUL characters",
                refusal(RedPacketOrder.class, "{\"totalCents\":10,\"count\":5,\"clientId\":\"a\\u0000b\"}"));
    }

    @Test
    void aTopUpAndACreditNeedAnAmountAndAClientId() throws IOException {
        assertEquals(new TopUpRequest(500L, "t1"), read(TopUpRequest.class, "{\"amountCents\":500,\"clientId\":\"t1\"}"));
        assertEquals(new CreditRequest(500L, "k1"), read(CreditRequest.class, "{\"amountCents\":500,\"clientId\":\"k1\"}"));
        assertEquals("amountCents: is required", refusal(TopUpRequest.class, "{\"clientId\":\"t1\"}"));
        assertEquals("clientId: is required", refusal(CreditRequest.class, "{\"amountCents\":500}"));
        assertEquals("amountCents: must be a whole number", refusal(CreditRequest.class, "{\"amountCents\":\"500\",\"clientId\":\"k1\"}"));
        assertEquals("clientId: must be a string", refusal(TopUpRequest.class, "{\"amountCents\":500,\"clientId\":1}"));
    }

    /** Where the resources' {@code @NotNull} comes from: the body parameter of a required body. */
    private static final class Required {
        @SuppressWarnings("unused")
        void body(@NotNull Object body) {
        }
    }
}
