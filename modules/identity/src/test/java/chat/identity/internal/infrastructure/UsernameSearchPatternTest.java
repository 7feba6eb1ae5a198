package chat.identity.internal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UsernameSearchPatternTest {

    @Test
    void aPrefixMatchesItsCharactersLiterallyAndThenAnything() {
        assertEquals("ann%", JdbcUserRepository.likePrefix("ann"));
        assertEquals("a\\_b%", JdbcUserRepository.likePrefix("a_b"));
        assertEquals("a\\%\\\\%", JdbcUserRepository.likePrefix("a%\\"));
    }
}
