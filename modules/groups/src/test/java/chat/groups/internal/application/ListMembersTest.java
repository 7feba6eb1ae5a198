package chat.groups.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import chat.groups.internal.domain.Member;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;

class ListMembersTest {

    private final GroupsFixture fixture = new GroupsFixture();
    private final ListMembers list = fixture.listMembers();

    private static List<String> ids(ListMembers.Page page) {
        return page.members().stream().map(Member::userId).toList();
    }

    @Test
    void withoutALimitAPageHasFiftyMembers() {
        fixture.group("g", "u000", 1_000, others(60));
        assertEquals(50, list.page("u000", "g", null, null).members().size());
    }

    @Test
    void aPageOfOneIsTaken() {
        fixture.group("g", "ann", 500, "bob");
        assertEquals(List.of("ann"), ids(list.page("ann", "g", null, 1)));
    }

    @Test
    void aPageOfTwoHundredIsTaken() {
        fixture.group("g", "u000", 1_000, others(250));
        assertEquals(200, list.page("u000", "g", null, 200).members().size());
    }

    @Test
    void aPageOfNoneIsRefusedNamingLimit() {
        fixture.group("g", "ann", 500, "bob");
        var refused = assertThrows(InvalidInputException.class, () -> list.page("ann", "g", null, 0));
        assertEquals("limit", refused.field());
        assertEquals("limit: must be 1 to 200", refused.getMessage());
    }

    @Test
    void aPageOfTwoHundredAndOneIsRefused() {
        fixture.group("g", "ann", 500, "bob");
        assertEquals("limit", assertThrows(InvalidInputException.class, () -> list.page("ann", "g", null, 201)).field());
    }

    @Test
    void aBadLimitIsRefusedBeforeTheConversationIsLookedUp() {
        assertThrows(InvalidInputException.class, () -> list.page("eve", "nope", null, -1));
    }

    @Test
    void membersComeInUserIdOrder() {
        fixture.group("g", "dan", 500, "cat", "ann", "bob");
        assertEquals(List.of("ann", "bob", "cat", "dan"), ids(list.page("dan", "g", null, 10)));
    }

    @Test
    void aFullPagePointsAtItsLastMember() {
        fixture.group("g", "ann", 500, "bob", "cat");
        assertEquals("bob", list.page("ann", "g", null, 2).next());
    }

    @Test
    void theNextPageStartsAfterTheCursor() {
        fixture.group("g", "ann", 500, "bob", "cat");
        assertEquals(List.of("cat"), ids(list.page("ann", "g", "bob", 2)));
    }

    @Test
    void aShortPageIsTheLast() {
        fixture.group("g", "ann", 500, "bob", "cat");
        assertNull(list.page("ann", "g", "bob", 2).next());
    }

    @Test
    void aPageThatIsExactlyFullPointsOnToAnEmptyLastPage() {
        fixture.group("g", "ann", 500, "bob");
        var first = list.page("ann", "g", null, 2);
        assertEquals("bob", first.next());
        var last = list.page("ann", "g", first.next(), 2);
        assertEquals(List.of(), last.members());
        assertNull(last.next());
    }

    @Test
    void theMembersComeWithWhatOthersMayKnowOfThem() {
        fixture.group("g", "ann", 500, "bob");
        var page = list.page("ann", "g", null, 10);
        assertEquals("Nick bob", page.users().get("bob").nickname());
        assertEquals(2, page.users().size());
    }

    @Test
    void someoneOutsideTheConversationSeesNoMembers() {
        fixture.group("g", "ann", 500, "bob");
        assertThrows(NotFoundException.class, () -> list.page("eve", "g", null, 10));
    }

    private static String[] others(int count) {
        String[] ids = new String[count];
        for (int i = 0; i < count; i++) {
            ids[i] = String.format("u%03d", i + 1);
        }
        return ids;
    }
}
