package chat.identity.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;

class NicknameTest {

    private static String refusedField(String value) {
        return assertThrows(InvalidInputException.class, () -> new Nickname(value)).field();
    }

    @Test
    void aNicknameOfOneCharacterIsKept() {
        assertEquals("A", new Nickname("A").value());
    }

    @Test
    void aNicknameOfSixtyFourCharactersIsKept() {
        assertEquals("n".repeat(64), new Nickname("n".repeat(64)).value());
    }

    @Test
    void aNicknameOfSixtyFiveCharactersIsRefusedNamingNickname() {
        var refused = assertThrows(InvalidInputException.class, () -> new Nickname("n".repeat(65)));
        assertEquals("nickname", refused.field());
        assertEquals("nickname: must be 1 to 64 characters", refused.getMessage());
    }

    @Test
    void aNicknameIsCountedInCharactersNotUtf16Units() {
        assertEquals(128, new Nickname("😀".repeat(64)).value().length());
        assertEquals("nickname", refusedField("😀".repeat(65)));
    }

    @Test
    void aNicknameInChineseIsKept() {
        assertEquals("李雷", new Nickname("李雷").value());
    }

    @Test
    void aNicknameKeepsItsSpaces() {
        assertEquals(" Ann Lee ", new Nickname(" Ann Lee ").value());
    }

    @Test
    void anEmptyNicknameIsRefused() {
        assertEquals("nickname", refusedField(""));
    }

    @Test
    void aNicknameOfOnlyWhitespaceIsRefused() {
        assertEquals("nickname", refusedField(" \t\n"));
    }

    @Test
    void aMissingNicknameIsRefused() {
        var refused = assertThrows(InvalidInputException.class, () -> new Nickname(null));
        assertEquals("nickname", refused.field());
        assertTrue(refused.getMessage().startsWith("nickname: "));
    }
}
