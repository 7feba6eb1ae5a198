package chat.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;
import jakarta.json.Json;

class JsonBodyTest {

    private static JsonBody body(String json) {
        return JsonBody.of(Json.createReader(new StringReader(json)).readObject());
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        var e = assertThrows(InvalidInputException.class, () -> body("{}").requiredString("username"));
        assertEquals("username", e.field());
        assertTrue(e.getMessage().startsWith("username: "));
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        assertEquals("n", assertThrows(InvalidInputException.class, () -> body("{\"n\": \"7\"}").requiredLong("n")).field());
        assertThrows(InvalidInputException.class, () -> body("{\"n\": 1.5}").requiredLong("n"));
        assertThrows(InvalidInputException.class, () -> body("{\"s\": 1}").requiredString("s"));
    }

    @Test
    void aNulCharacterInATextFieldIsRefusedWithItsName() {
        assertEquals("text", assertThrows(InvalidInputException.class,
                () -> body("{\"text\": \"a\\u0000b\"}").optionalString("text")).field());
        assertEquals("a\u00e9b", body("{\"t\": \"a\\u00e9b\"}").requiredString("t"));
    }

    @Test
    void nullCountsAsAbsent() {
        assertTrue(body("{\"s\": null}").optionalString("s").isEmpty());
    }

    @Test
    void valuesAreRead() {
        assertEquals(7L, body("{\"n\": 7}").requiredLong("n"));
    }
}
