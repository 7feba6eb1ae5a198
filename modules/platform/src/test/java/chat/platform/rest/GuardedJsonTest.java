package chat.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;
import chat.platform.errors.TooLargeException;
import jakarta.json.JsonObject;

/** Every way a body can fail to be one JSON object is a 400 naming the body; a body past the limit stays 413. */
class GuardedJsonTest {

    private static JsonObject read(InputStream body) throws IOException {
        return GuardedJson.readObject(body);
    }

    private static JsonObject read(String body) throws IOException {
        return read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anObjectIsReadAndAnEmptyBodyIsNull() throws IOException {
        assertEquals("Ann", read("{\"nickname\":\"Ann\"}").getString("nickname"));
        assertNull(read(""));
    }

    @Test
    void anythingButAnObjectIsABadBodyNamed() {
        for (String body : new String[] {"[1,2]", "\"text\"", "42", "true", "{", "nope"}) {
            var refused = assertThrows(InvalidInputException.class, () -> read(body), body);
            assertEquals("body", refused.field());
        }
    }

    @Test
    void nestingFiveThousandDeepIsABadBodyNotAServerFailure() {
        assertThrows(InvalidInputException.class, () -> read("[".repeat(5_000) + "]".repeat(5_000)));
        var refused = assertThrows(InvalidInputException.class,
                () -> read("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)));
        assertTrue(refused.getMessage().startsWith("body: "), refused.getMessage());
    }

    @Test
    void aBodyPastTheSizeLimitStaysTooLarge() {
        byte[] big = ("{\"pad\":\"" + "x".repeat(5_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThrows(TooLargeException.class, () -> read(new LimitedInputStream(new ByteArrayInputStream(big), 1_000, "too large")));
    }
}
