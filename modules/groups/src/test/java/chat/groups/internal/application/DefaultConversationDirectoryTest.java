package chat.groups.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import chat.groups.api.Membership;
import chat.groups.api.PostingRight;
import chat.groups.api.Role;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.NotFoundException;

class DefaultConversationDirectoryTest {

    private final GroupsFixture fixture = new GroupsFixture();
    private final DefaultConversationDirectory directory = fixture.directory();

    // Membership

    @Test
    void aMembersPlaceIsKnownToOtherModules() {
        fixture.group("g", "ann", 500, "bob");
        Instant until = Instant.parse("2030-01-01T00:00:00Z");
        fixture.members.setMutedUntil("g", "bob", until);
        fixture.members.setDoNotDisturb("g", "bob", true);
        assertEquals(Optional.of(new Membership("g", "bob", Role.MEMBER, until, true)), directory.membership("g", "bob"));
    }

    @Test
    void someoneOutsideHasNoMembership() {
        fixture.group("g", "ann", 500, "bob");
        assertEquals(Optional.empty(), directory.membership("g", "eve"));
    }

    @Test
    void nobodyHasAMembershipOfADisbandedGroup() {
        fixture.group("g", "ann", 500, "bob");
        fixture.conversations.disband("g");
        assertEquals(Optional.empty(), directory.membership("g", "bob"));
    }

    // Posting

    @Test
    void aMemberMayPostWithTheirRoleAndTheGroupsSize() {
        fixture.group("g", "ann", 500, "bob");
        assertEquals(new PostingRight(Role.MEMBER, 2, false), directory.mayPost("g", "bob"));
    }

    @Test
    void aDirectChatSaysSoInThePostingRight() {
        fixture.direct("d", "ann", "bob");
        assertEquals(new PostingRight(Role.MEMBER, 2, true), directory.mayPost("d", "ann"));
    }

    @Test
    void aMutedMemberMayNotPost() {
        fixture.group("g", "ann", 500, "bob");
        fixture.members.setMutedUntil("g", "bob", Instant.now().plusSeconds(600));
        var refused = assertThrows(ForbiddenException.class, () -> directory.mayPost("g", "bob"));
        assertEquals("MUTED", refused.code());
        assertTrue(refused.getMessage().startsWith("you are muted in this conversation until "), refused.getMessage());
    }

    @Test
    void aMemberWhoseMuteIsOverMayPost() {
        fixture.group("g", "ann", 500, "bob");
        fixture.members.setMutedUntil("g", "bob", Instant.now().minusSeconds(1));
        assertEquals(Role.MEMBER, directory.mayPost("g", "bob").role());
    }

    @Test
    void aMutedAdminMayNotPostEither() {
        fixture.group("g", "ann", 500, "bob");
        fixture.role("g", "bob", Role.ADMIN);
        fixture.members.setMutedUntil("g", "bob", Instant.now().plusSeconds(600));
        assertEquals("MUTED", assertThrows(ForbiddenException.class, () -> directory.mayPost("g", "bob")).code());
    }

    @Test
    void whileTheGroupIsMutedAPlainMemberMayNotPost() {
        fixture.group("g", "ann", 500, "bob");
        fixture.conversations.update("g", "Group g", "", true);
        var refused = assertThrows(ForbiddenException.class, () -> directory.mayPost("g", "bob"));
        assertEquals("MUTED", refused.code());
        assertEquals("only the owner and admins may post while the group is muted", refused.getMessage());
    }

    @Test
    void whileTheGroupIsMutedTheOwnerAndAdminsMayPost() {
        fixture.group("g", "ann", 500, "bob");
        fixture.role("g", "bob", Role.ADMIN);
        fixture.conversations.update("g", "Group g", "", true);
        assertEquals(Role.OWNER, directory.mayPost("g", "ann").role());
        assertEquals(Role.ADMIN, directory.mayPost("g", "bob").role());
    }

    @Test
    void someoneOutsideMayNotPostAndIsNotToldTheGroupExists() {
        fixture.group("g", "ann", 500, "bob");
        assertThrows(NotFoundException.class, () -> directory.mayPost("g", "eve"));
    }

    // Audience

    @Test
    void aGroupOfFiveHundredIsToldToEveryMember() {
        fixture.group("g", "u000", 500, others(499));
        assertEquals(500, directory.broadcastAudience("g").orElseThrow().size());
    }

    @Test
    void aGroupOfFiveHundredAndOneHasNoBroadcastAudience() {
        fixture.group("g", "u000", 1_000, others(500));
        assertEquals(Optional.empty(), directory.broadcastAudience("g"));
    }

    @Test
    void anUnknownConversationHasNoAudience() {
        assertEquals(Optional.empty(), directory.broadcastAudience("nope"));
    }

    @Test
    void aUsersConversationsAreTheLiveOnesTheyAreIn() {
        fixture.group("g", "ann", 500, "bob");
        fixture.group("h", "cat", 500, "ann");
        fixture.group("k", "cat", 500, "dan");
        fixture.direct("d", "ann", "eve");
        fixture.group("x", "ann", 500);
        fixture.conversations.disband("x");
        assertEquals(List.of("g", "h", "d"), directory.conversationIdsOf("ann"));
    }

    private static String[] others(int count) {
        String[] ids = new String[count];
        for (int i = 0; i < count; i++) {
            ids[i] = String.format("u%03d", i + 1);
        }
        return ids;
    }
}
