package chat.identity.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;

class PasswordTest {

    private static String refusedField(String value) {
        return assertThrows(InvalidInputException.class, () -> new Password(value)).field();
    }

    @Test
    void aPasswordOfEightCharactersIsKept() {
        assertEquals("12345678", new Password("12345678").value());
    }

    @Test
    void aPasswordOfSevenCharactersIsRefusedNamingPassword() {
        var refused = assertThrows(InvalidInputException.class, () -> new Password("1234567"));
        assertEquals("password", refused.field());
        assertEquals("password: must be 8 to 128 characters", refused.getMessage());
    }

    @Test
    void aPasswordOfOneHundredTwentyEightCharactersIsKept() {
        assertEquals(128, new Password("p".repeat(128)).value().length());
    }

    @Test
    void aPasswordOfOneHundredTwentyNineCharactersIsRefused() {
        assertEquals("password", refusedField("p".repeat(129)));
    }

    @Test
    void aPasswordOfOnlySpacesCountsLikeAnyOther() {
        assertEquals(" ".repeat(8), new Password(" ".repeat(8)).value());
    }

    @Test
    void aMissingPasswordIsRefused() {
        assertEquals("password", refusedField(null));
    }

    @Test
    void anEmptyPasswordIsRefused() {
        assertEquals("password", refusedField(""));
    }

    @Test
    void aRefusedPasswordIsNotRepeatedInTheError() {
        var refused = assertThrows(InvalidInputException.class, () -> new Password("hunter2"));
        assertFalse(refused.getMessage().contains("hunter2"), refused.getMessage());
    }
}
