package chat.groups.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import chat.groups.api.Role;
import chat.groups.internal.domain.GroupFullException;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;

class AddMembersTest {

    private final GroupsFixture fixture = new GroupsFixture();
    private final AddMembers add = fixture.addMembers();

    @Test
    void aPlainMemberAddsTheirContacts() {
        fixture.group("g", "ann", 500, "bob");
        fixture.users.add("cat");
        fixture.users.befriend("bob", "cat");
        assertEquals(List.of("cat"), add.byMember("bob", "g", List.of("cat")));
        assertEquals(Role.MEMBER, fixture.roleOf("g", "cat"));
        assertEquals(List.of("joined g [cat] by bob"), fixture.events.told);
    }

    @Test
    void aMemberCannotAddAStranger() {
        fixture.group("g", "ann", 500, "bob");
        fixture.users.add("eve");
        var refused = assertThrows(ForbiddenException.class, () -> add.byMember("bob", "g", List.of("eve")));
        assertEquals("NOT_A_CONTACT", refused.code());
        assertNull(fixture.members.get("g", "eve"));
    }

    @Test
    void anUnknownUserIsRefusedNamingUserIds() {
        fixture.group("g", "ann", 500, "bob");
        assertEquals("userIds", assertThrows(InvalidInputException.class,
                () -> add.byMember("ann", "g", List.of("ghost"))).field());
    }

    @Test
    void addingThoseAlreadyInAddsNobody() {
        fixture.group("g", "ann", 500, "bob");
        fixture.users.befriend("ann", "bob");
        assertEquals(List.of(), add.byMember("ann", "g", List.of("bob")));
        assertEquals(List.of(), fixture.events.told);
    }

    @Test
    void someoneOutsideTheGroupAddsNobody() {
        fixture.group("g", "ann", 500, "bob");
        fixture.users.add("eve", "cat");
        fixture.users.befriend("eve", "cat");
        assertThrows(NotFoundException.class, () -> add.byMember("eve", "g", List.of("cat")));
    }

    @Test
    void nobodyIsAddedToADirectChat() {
        fixture.direct("d", "ann", "bob");
        fixture.users.add("cat");
        fixture.users.befriend("ann", "cat");
        assertThrows(ForbiddenException.class, () -> add.byMember("ann", "d", List.of("cat")));
    }

    @Test
    void aFullGroupTakesNobody() {
        fixture.group("g", "ann", 2, "bob");
        fixture.users.add("cat");
        fixture.users.befriend("ann", "cat");
        assertThrows(GroupFullException.class, () -> add.byMember("ann", "g", List.of("cat")));
    }

    @Test
    void theOperatorAddsAnyoneInTheOwnersName() {
        fixture.group("g", "ann", 500, "bob");
        fixture.users.add("eve");
        assertEquals(List.of("eve"), add.byOperator("g", List.of("eve")));
        assertEquals(List.of("joined g [eve] by ann"), fixture.events.told);
    }

    @Test
    void theOperatorCannotAddToAnUnknownGroup() {
        fixture.users.add("eve");
        var refused = assertThrows(NotFoundException.class, () -> add.byOperator("nope", List.of("eve")));
        assertEquals("no group nope", refused.getMessage());
    }

    @Test
    void theOperatorCannotAddToADirectChat() {
        fixture.direct("d", "ann", "bob");
        fixture.users.add("eve");
        assertThrows(NotFoundException.class, () -> add.byOperator("d", List.of("eve")));
    }

    @Test
    void theOperatorCannotAddAnUnknownUser() {
        fixture.group("g", "ann", 500, "bob");
        assertEquals("userIds", assertThrows(InvalidInputException.class,
                () -> add.byOperator("g", List.of("ghost"))).field());
    }
}
