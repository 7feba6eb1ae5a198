package chat.groups.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import chat.groups.api.Role;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.NotFoundException;

class AccessTest {

    private final GroupsFixture fixture = new GroupsFixture();

    @Test
    void aMemberGetsTheConversationAndTheirSeatInIt() {
        fixture.group("g", "ann", 500, "bob");
        var seat = fixture.access.of("g", "bob");
        assertEquals("g", seat.conversation().id());
        assertEquals(Role.MEMBER, seat.member().role());
    }

    @Test
    void someoneOutsideTheConversationIsToldItIsNotFound() {
        fixture.group("g", "ann", 500, "bob");
        var refused = assertThrows(NotFoundException.class, () -> fixture.access.of("g", "eve"));
        assertEquals("no conversation g of yours", refused.getMessage());
    }

    @Test
    void anUnknownConversationAnswersExactlyLikeOneTheCallerIsOutsideOf() {
        fixture.group("g", "ann", 500, "bob");
        var unknown = assertThrows(NotFoundException.class, () -> fixture.access.of("nope", "eve"));
        assertEquals("no conversation nope of yours", unknown.getMessage());
    }

    @Test
    void aDisbandedConversationIsNotFoundEvenByItsMembers() {
        fixture.group("g", "ann", 500, "bob");
        fixture.conversations.disband("g");
        assertThrows(NotFoundException.class, () -> fixture.access.of("g", "bob"));
    }

    @Test
    void aGroupIsAGroup() {
        fixture.group("g", "ann", 500, "bob");
        assertEquals("g", fixture.access.ofGroup("g", "bob").conversation().id());
    }

    @Test
    void aDirectChatHasNoGroupSettings() {
        fixture.direct("d", "ann", "bob");
        var refused = assertThrows(ForbiddenException.class, () -> fixture.access.ofGroup("d", "ann"));
        assertEquals("FORBIDDEN", refused.code());
    }

    @Test
    void someoneOutsideADirectChatIsNotToldItIsOne() {
        fixture.direct("d", "ann", "bob");
        assertThrows(NotFoundException.class, () -> fixture.access.ofGroup("d", "eve"));
    }

    @Test
    void anotherMemberIsFound() {
        fixture.group("g", "ann", 500, "bob");
        assertEquals(Role.OWNER, fixture.access.member("g", "ann").role());
    }

    @Test
    void anotherUserWhoIsNoMemberIsNotFound() {
        fixture.group("g", "ann", 500, "bob");
        var refused = assertThrows(NotFoundException.class, () -> fixture.access.member("g", "eve"));
        assertEquals("user eve is not a member of g", refused.getMessage());
    }
}
