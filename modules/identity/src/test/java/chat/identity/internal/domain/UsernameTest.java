package chat.identity.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;

class UsernameTest {

    private static String refusedField(String value) {
        return assertThrows(InvalidInputException.class, () -> new Username(value)).field();
    }

    @Test
    void aUsernameOfThreeCharactersIsKept() {
        assertEquals("abc", new Username("abc").value());
    }

    @Test
    void aUsernameOfTwoCharactersIsRefusedNamingUsername() {
        var refused = assertThrows(InvalidInputException.class, () -> new Username("ab"));
        assertEquals("username", refused.field());
        assertTrue(refused.getMessage().startsWith("username: "), refused.getMessage());
        assertEquals(400, refused.status());
    }

    @Test
    void aUsernameOfThirtyTwoCharactersIsKept() {
        assertEquals("a".repeat(32), new Username("a".repeat(32)).value());
    }

    @Test
    void aUsernameOfThirtyThreeCharactersIsRefused() {
        assertEquals("username", refusedField("a".repeat(33)));
    }

    @Test
    void aUsernameMayHaveDigitsDotsDashesAndUnderscores() {
        assertEquals("ann.lee-2_x", new Username("ann.lee-2_x").value());
    }

    @Test
    void aUsernameWithACapitalIsRefusedNotLowercased() {
        assertEquals("username", refusedField("Ann"));
    }

    @Test
    void aUsernameWithASpaceIsRefused() {
        assertEquals("username", refusedField("ann lee"));
    }

    @Test
    void aUsernameWithALetterOutsideAToZIsRefused() {
        assertEquals("username", refusedField("zoë"));
    }

    @Test
    void aUsernameWithALineEndIsRefused() {
        assertEquals("username", refusedField("ann\n"));
    }

    @Test
    void aUsernameWithAnAtSignIsRefused() {
        assertEquals("username", refusedField("ann@example.com"));
    }

    @Test
    void aMissingUsernameIsRefused() {
        assertEquals("username", refusedField(null));
    }

    @Test
    void anEmptyUsernameIsRefused() {
        assertEquals("username", refusedField(""));
    }
}
