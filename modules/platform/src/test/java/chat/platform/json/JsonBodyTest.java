package chat.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

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

    @Test
    void listsOfStringsAndBooleansAreReadAndTheirWrongTypesNamed() {
        assertEquals(List.of("a", "b"), body("{\"m\": [\"a\", \"b\"]}").optionalStrings("m"));
        assertNull(body("{\"m\": null}").optionalStrings("m"));
        assertEquals("m", assertThrows(InvalidInputException.class, () -> body("{\"m\": \"a\"}").optionalStrings("m")).field());
        assertEquals("m[1]", assertThrows(InvalidInputException.class, () -> body("{\"m\": [\"a\", 2]}").optionalStrings("m")).field());
        assertTrue(body("{\"b\": true}").optionalBoolean("b", false));
        assertFalse(body("{}").optionalBoolean("b", false));
        assertEquals("b", assertThrows(InvalidInputException.class, () -> body("{\"b\": \"yes\"}").optionalBoolean("b", false)).field());
    }
}
