package chat.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;

import org.junit.jupiter.api.Test;

import chat.platform.errors.ChatException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;

class NumberParamsTest {

    @SuppressWarnings("unused")
    void resource(@QueryParam("limit") @Min(1) @Max(200) Integer limit, @QueryParam("after") @Min(0) Long after,
                  @QueryParam("seq") Long seq) {
    }

    private static <T> ParamConverter<T> converter(Class<T> type, int parameter) throws NoSuchMethodException {
        Annotation[] annotations = NumberParamsTest.class
                .getDeclaredMethod("resource", Integer.class, Long.class, Long.class).getParameterAnnotations()[parameter];
        return new NumberParams().getConverter(type, type, annotations);
    }

    private static String refusal(ParamConverter<?> converter, String value) {
        var refused = assertThrows(BadRequestException.class, () -> converter.fromString(value));
        return ((ChatException) refused.getCause()).getMessage();
    }

    @Test
    void aNumberInItsBoundsIsReadAndAnAbsentOneIsNull() throws Exception {
        assertEquals(200, converter(Integer.class, 0).fromString("200"));
        assertEquals(0L, converter(Long.class, 1).fromString("0"));
        assertNull(converter(Integer.class, 0).fromString(null));
    }

    @Test
    void aNumberOutOfBoundsOrNoNumberIsRefusedNamingTheParameter() throws Exception {
        var limit = converter(Integer.class, 0);
        assertEquals("limit: must be a whole number from 1 to 200", refusal(limit, "0"));
        assertEquals("limit: must be a whole number from 1 to 200", refusal(limit, "201"));
        assertEquals("limit: must be a whole number from 1 to 200", refusal(limit, "ten"));
        assertEquals("limit: must be a whole number from 1 to 200", refusal(limit, "-4294967295"));
        assertEquals("after: must be a whole number of at least 0", refusal(converter(Long.class, 1), "-1"));
        assertEquals("seq: must be a whole number", refusal(converter(Long.class, 2), "9223372036854775808"));
    }

    @Test
    void otherTypesAreLeftToTheRuntime() throws Exception {
        assertNull(new NumberParams().getConverter(String.class, String.class, new Annotation[0]));
    }
}
