package chat.identity.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;

class UsernamePrefixTest {

    private static String refusedField(String typed) {
        return assertThrows(InvalidInputException.class, () -> UsernamePrefix.of(typed)).field();
    }

    @Test
    void aPrefixOfOneCharacterIsKept() {
        assertEquals("a", UsernamePrefix.of("a").value());
    }

    @Test
    void aPrefixOfThirtyTwoCharactersIsKept() {
        assertEquals("a".repeat(32), UsernamePrefix.of("a".repeat(32)).value());
    }

    @Test
    void aPrefixOfThirtyThreeCharactersIsRefusedNamingUsername() {
        var refused = assertThrows(InvalidInputException.class, () -> UsernamePrefix.of("a".repeat(33)));
        assertEquals("username", refused.field());
        assertEquals("username: must be 1 to 32 characters of a-z, 0-9, '_', '.' and '-'", refused.getMessage());
    }

    @Test
    void aTypedPrefixIsLowercased() {
        assertEquals("ann.l", UsernamePrefix.of("ANN.L").value());
    }

    @Test
    void aTypedPrefixIsLowercasedTheSameInAnyLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("india", UsernamePrefix.of("INDIA").value());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anUnderscoreIsALiteralCharacter() {
        assertEquals("a_b", UsernamePrefix.of("a_b").value());
    }

    @Test
    void aPercentSignIsRefused() {
        assertEquals("username", refusedField("an%"));
    }

    @Test
    void aSpaceIsRefused() {
        assertEquals("username", refusedField("an n"));
    }

    @Test
    void anEmptyPrefixIsRefused() {
        assertEquals("username", refusedField(""));
    }

    @Test
    void aMissingPrefixIsRefused() {
        assertEquals("username", refusedField(null));
    }

    @Test
    void aPrefixMadeDirectlyIsNotLowercased() {
        assertEquals("username", assertThrows(InvalidInputException.class, () -> new UsernamePrefix("Ann")).field());
    }
}
