package chat.identity.internal.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;

class AccountRulesTest {

    @Test
    void usernamesAreThreeToThirtyTwoOfLowercaseDigitsAndDotDashUnderscore() {
        assertDoesNotThrow(() -> new Username("ann.lee-2_x"));
        assertDoesNotThrow(() -> new Username("abc"));
        assertDoesNotThrow(() -> new Username("a".repeat(32)));
        assertEquals("username", assertThrows(InvalidInputException.class, () -> new Username("ab")).field());
        assertThrows(InvalidInputException.class, () -> new Username("a".repeat(33)));
        assertThrows(InvalidInputException.class, () -> new Username("Ann"));
        assertThrows(InvalidInputException.class, () -> new Username("ann lee"));
        assertThrows(InvalidInputException.class, () -> new Username(null));
    }

    @Test
    void passwordsAreEightToOneHundredTwentyEightCharacters() {
        assertDoesNotThrow(() -> new Password("12345678"));
        assertDoesNotThrow(() -> new Password("x".repeat(128)));
        assertEquals("password", assertThrows(InvalidInputException.class, () -> new Password("1234567")).field());
        assertThrows(InvalidInputException.class, () -> new Password("x".repeat(129)));
    }

    @Test
    void aPasswordNeverShowsInLogs() {
        assertEquals("Password[***]", new Password("secret-secret").toString());
    }

    @Test
    void nicknamesAreOneToSixtyFourCharactersNotOnlySpaces() {
        assertDoesNotThrow(() -> new Nickname("李雷"));
        assertDoesNotThrow(() -> new Nickname("😀".repeat(64)));
        assertThrows(InvalidInputException.class, () -> new Nickname("😀".repeat(65)));
        assertThrows(InvalidInputException.class, () -> new Nickname("   "));
        assertThrows(InvalidInputException.class, () -> new Nickname(""));
    }

    @Test
    void avatarsAreWebUrlsOrLocalPaths() {
        assertEquals("https://example.com/a.png", AvatarUrl.check("https://example.com/a.png"));
        assertEquals("/api/v1/media/1", AvatarUrl.check("/api/v1/media/1"));
        assertNull(AvatarUrl.check(null));
        assertThrows(InvalidInputException.class, () -> AvatarUrl.check("javascript:alert(1)"));
        assertThrows(InvalidInputException.class, () -> AvatarUrl.check("relative/path"));
        assertThrows(InvalidInputException.class, () -> AvatarUrl.check("https:///no-host.png"));
    }

    @Test
    void aPathWithTwoSlashesNamesAnotherHostAndIsRefused() {
        var refused = assertThrows(InvalidInputException.class, () -> AvatarUrl.check("//evil.example/x.png"));
        assertEquals("avatarUrl", refused.field());
        assertThrows(InvalidInputException.class, () -> AvatarUrl.check("///evil.example/x.png"));
        assertThrows(InvalidInputException.class, () -> AvatarUrl.check("/\\evil.example/x.png"));
    }

    @Test
    void deviceIdsAreChosenOrMade() {
        assertEquals("phone-1", DeviceId.checkOrCreate("phone-1"));
        assertEquals(36, DeviceId.checkOrCreate(null).length());
        assertThrows(InvalidInputException.class, () -> DeviceId.checkOrCreate("has space"));
        assertThrows(InvalidInputException.class, () -> DeviceId.checkName("n".repeat(65)));
    }

    @Test
    void aSearchPrefixIsOneToThirtyTwoUsernameCharactersInAnyCase() {
        assertEquals("ann_", UsernamePrefix.of("Ann_").value());
        assertEquals("a", UsernamePrefix.of("a").value());
        assertDoesNotThrow(() -> UsernamePrefix.of("a".repeat(32)));
        assertEquals("username", assertThrows(InvalidInputException.class, () -> UsernamePrefix.of("")).field());
        assertThrows(InvalidInputException.class, () -> UsernamePrefix.of(null));
        assertThrows(InvalidInputException.class, () -> UsernamePrefix.of("a".repeat(33)));
        assertThrows(InvalidInputException.class, () -> UsernamePrefix.of("an%"));
        assertThrows(InvalidInputException.class, () -> UsernamePrefix.of("an n"));
    }
}
