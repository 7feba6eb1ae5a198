package chat.unread.internal.interfaces;

import static chat.testing.RequestBodies.read;
import static chat.testing.RequestBodies.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * A read's body, read as the server reads it (Yasson, Hibernate Validator), binds as {@code JsonBody}
 * did and is refused in the same words; a negative seq is left to the domain ({@code ReadCursor}).
 */
class ReadRequestTest {

    @Test
    void aReadBindsItsSeqWholeAndLeavesItsRangeToTheDomain() throws IOException {
        assertEquals(new ReadRequest(9_007_199_254_740_993L), read(ReadRequest.class, "{\"seq\":9007199254740993,\"groupId\":\"ignored\"}"));
        assertEquals(new ReadRequest(-1L), read(ReadRequest.class, "{\"seq\":-1}"));
    }

    @Test
    void aReadWithoutAWholeSeqNamesIt() {
        assertEquals("seq: is required", refusal(ReadRequest.class, "{}"));
        assertEquals("seq: is required", refusal(ReadRequest.class, "{\"seq\":null}"));
        assertEquals("seq: must be a whole number", refusal(ReadRequest.class, "{\"seq\":\"two\"}"));
        assertEquals("seq: must be a whole number", refusal(ReadRequest.class, "{\"seq\":1.5}"));
        assertEquals("seq: is out of range", refusal(ReadRequest.class, "{\"seq\":99999999999999999999}"));
        assertEquals("body: a JSON object is required", refusal(ReadRequest.class, ""));
        assertEquals("body: must be a JSON object, not array", refusal(ReadRequest.class, "[1]"));
    }
}
