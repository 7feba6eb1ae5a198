package chat.groups.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import chat.groups.api.Role;
import chat.groups.internal.domain.Conversation;
import chat.groups.internal.domain.GroupFullException;

class SeatsTest {

    private final GroupsFixture fixture = new GroupsFixture();
    private final Seats seats = fixture.seats;

    @Test
    void newMembersAreSeatedAndCounted() {
        Conversation group = fixture.group("g", "ann", 500, "bob");
        assertEquals(List.of("cat", "dan"), seats.add(group, List.of("cat", "dan"), Role.MEMBER, "ann"));
        assertEquals(4, fixture.conversations.get("g").memberCount());
        assertEquals(Role.MEMBER, fixture.roleOf("g", "dan"));
    }

    @Test
    void aJoinIsToldWithTheGroupAsCountedAfterIt() {
        Conversation group = fixture.group("g", "ann", 500, "bob");
        seats.add(group, List.of("cat"), Role.MEMBER, "ann");
        assertEquals(List.of("joined g [cat] by ann"), fixture.events.told);
        assertEquals(3, fixture.events.groups.get(0).memberCount());
    }

    @Test
    void thoseAlreadyInAreLeftOutOfTheCountAndTheNews() {
        Conversation group = fixture.group("g", "ann", 500, "bob");
        assertEquals(List.of("cat"), seats.add(group, List.of("bob", "cat"), Role.MEMBER, "ann"));
        assertEquals(3, fixture.conversations.get("g").memberCount());
        assertEquals(List.of("joined g [cat] by ann"), fixture.events.told);
    }

    @Test
    void nobodyNewIsNoNews() {
        Conversation group = fixture.group("g", "ann", 500, "bob");
        assertEquals(List.of(), seats.add(group, List.of("bob"), Role.MEMBER, "ann"));
        assertEquals(2, fixture.conversations.get("g").memberCount());
        assertEquals(List.of(), fixture.events.told);
    }

    @Test
    void aGroupFillsUpToItsCap() {
        Conversation group = fixture.group("g", "ann", 4, "bob");
        seats.add(group, List.of("cat", "dan"), Role.MEMBER, "ann");
        assertEquals(4, fixture.conversations.get("g").memberCount());
    }

    @Test
    void anAddPastTheCapIsRefusedAsAWholeWithTheCap() {
        Conversation group = fixture.group("g", "ann", 3, "bob");
        var full = assertThrows(GroupFullException.class,
                () -> seats.add(group, List.of("cat", "dan"), Role.MEMBER, "ann"));
        assertEquals("the group is full (at most 3 members); nobody was added", full.getMessage());
        assertEquals(2, fixture.conversations.get("g").memberCount());
        assertEquals(List.of(), fixture.events.told);
    }

    @Test
    void theFirstMembersOfANewGroupAreToldAsACreationNotAJoin() {
        Conversation group = fixture.group("g", "ann", 500);
        assertEquals(List.of("bob", "cat"), seats.addAtCreation(group, List.of("bob", "cat"), "ann"));
        assertEquals(List.of("created g [bob, cat] by ann"), fixture.events.told);
        assertEquals(3, fixture.events.groups.get(0).memberCount());
    }

    @Test
    void aNewGroupWithNobodyElseIsNoNews() {
        Conversation group = fixture.group("g", "ann", 500);
        assertEquals(List.of(), seats.addAtCreation(group, List.of(), "ann"));
        assertEquals(List.of(), fixture.events.told);
    }
}
