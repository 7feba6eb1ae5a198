package chat.groups.internal.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.platform.errors.ForbiddenException;
import chat.platform.errors.InvalidInputException;

class MembersTest {

    private final GroupsFixture fixture = new GroupsFixture();
    private final Members people = fixture.people;

    @Test
    void knownUsersAreKeptInTheOrderAsked() {
        fixture.users.add("ann", "bob", "cat");
        assertEquals(List.of("cat", "bob"), people.existing("memberIds", List.of("cat", "bob"), "ann"));
    }

    @Test
    void aUserAskedForTwiceIsKeptOnce() {
        fixture.users.add("ann", "bob");
        assertEquals(List.of("bob"), people.existing("memberIds", List.of("bob", "bob"), "ann"));
    }

    @Test
    void theCallerIsLeftOut() {
        fixture.users.add("ann", "bob");
        assertEquals(List.of("bob"), people.existing("memberIds", List.of("ann", "bob"), "ann"));
    }

    @Test
    void noUsersAreNoUsers() {
        assertEquals(List.of(), people.existing("memberIds", List.of(), "ann"));
    }

    @Test
    void anUnknownUserIsRefusedUnderTheFieldAsked() {
        fixture.users.add("ann", "bob");
        var refused = assertThrows(InvalidInputException.class,
                () -> people.existing("userIds", List.of("bob", "ghost"), "ann"));
        assertEquals("userIds", refused.field());
        assertEquals("userIds: unknown user ghost", refused.getMessage());
    }

    @Test
    void withoutACallerEveryoneAskedIsKept() {
        fixture.users.add("ann", "bob");
        assertEquals(List.of("ann", "bob"), people.existing("userIds", List.of("ann", "bob"), null));
    }

    @Test
    void tenThousandUsersMayBeAskedForAtOnce() {
        List<String> ids = users(10_000);
        assertEquals(10_000, people.existing("userIds", ids, null).size());
    }

    @Test
    void tenThousandAndOneUsersAreTooManyForOneCall() {
        List<String> ids = users(10_001);
        var refused = assertThrows(InvalidInputException.class, () -> people.existing("userIds", ids, null));
        assertEquals("userIds", refused.field());
        assertEquals("userIds: at most 10000 users per call", refused.getMessage());
    }

    @Test
    void contactsMayBeBroughtIn() {
        fixture.users.add("ann", "bob", "cat");
        fixture.users.befriend("ann", "bob");
        fixture.users.befriend("ann", "cat");
        assertDoesNotThrow(() -> people.mustBeContacts("ann", List.of("bob", "cat")));
    }

    @Test
    void oneStrangerAmongContactsIsRefusedByName() {
        fixture.users.add("ann", "bob", "cat");
        fixture.users.befriend("ann", "bob");
        var refused = assertThrows(ForbiddenException.class, () -> people.mustBeContacts("ann", List.of("bob", "cat")));
        assertEquals("NOT_A_CONTACT", refused.code());
        assertEquals("user cat is not your contact", refused.getMessage());
    }

    @Test
    void noOneToBringInNeedsNoContacts() {
        assertDoesNotThrow(() -> people.mustBeContacts("ann", List.of()));
    }

    private List<String> users(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add("u" + i);
        }
        fixture.users.add(ids.toArray(String[]::new));
        return ids;
    }
}
