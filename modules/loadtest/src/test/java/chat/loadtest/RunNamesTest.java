package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

class RunNamesTest {

    private static final String USERNAME = "[a-z0-9_.-]{3,32}";

    @Test
    void usernamesAreValidEvenAtTheLargestIndex() {
        RunNames names = new RunNames(new SecureRandom());
        for (String tag : new String[] {"p", "l", "t", "w"}) {
            assertTrue(names.username(tag, 0).matches(USERNAME), names.username(tag, 0));
            assertTrue(names.username(tag, 9_999_999).matches(USERNAME), names.username(tag, 9_999_999));
        }
        int nickname = names.nickname("p", 1_000_000).length();
        assertTrue(nickname >= 1 && nickname <= 64);
        int password = names.password().length();
        assertTrue(password >= 8 && password <= 128);
    }

    @Test
    void everyRunHasItsOwnPrefix() {
        assertNotEquals(new RunNames(new SecureRandom()).prefix(), new RunNames(new SecureRandom()).prefix());
    }
}
