package chat.identity.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import chat.identity.internal.domain.User;
import chat.platform.errors.InvalidInputException;

class SearchUsersTest {

    private final IdentityFixture fixture = new IdentityFixture();
    private final SearchUsers search = fixture.searchUsers();

    @BeforeEach
    void people() {
        for (int i = 1; i <= 60; i++) {
            fixture.user("a" + i, String.format("ann%02d", i));
        }
        fixture.user("b", "bob");
    }

    private static List<String> names(List<User> users) {
        return users.stream().map(User::username).toList();
    }

    @Test
    void usersWhoseUsernameStartsWithThePrefixInUsernameOrder() {
        assertEquals(List.of("ann01", "ann02", "ann03"), names(search.byUsernamePrefix("ann0", 3)));
    }

    @Test
    void thePrefixIsTypedInAnyCase() {
        assertEquals(List.of("bob"), names(search.byUsernamePrefix("BO", null)));
    }

    @Test
    void withoutALimitAPageHasTwenty() {
        assertEquals(SearchUsers.DEFAULT_LIMIT, search.byUsernamePrefix("ann", null).size());
    }

    @Test
    void theLargestPageHasFifty() {
        assertEquals(SearchUsers.MAX_LIMIT, search.byUsernamePrefix("ann", 50).size());
    }

    @Test
    void aLimitAboveFiftyIsRefused() {
        assertEquals("limit", assertThrows(InvalidInputException.class,
                () -> search.byUsernamePrefix("ann", 51)).field());
    }

    @Test
    void aLimitOfZeroIsRefused() {
        assertEquals("limit", assertThrows(InvalidInputException.class,
                () -> search.byUsernamePrefix("ann", 0)).field());
    }

    @Test
    void anEmptyPrefixIsRefused() {
        assertEquals("username", assertThrows(InvalidInputException.class,
                () -> search.byUsernamePrefix("", null)).field());
    }

    @Test
    void aPrefixWithAWildcardCharacterOfSqlIsRefused() {
        assertEquals("username", assertThrows(InvalidInputException.class,
                () -> search.byUsernamePrefix("an%", null)).field());
    }
}
