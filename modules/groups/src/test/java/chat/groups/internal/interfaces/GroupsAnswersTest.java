package chat.groups.internal.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import chat.groups.api.LastMessage;
import chat.groups.api.Role;
import chat.groups.internal.application.Invites;
import chat.groups.internal.application.ListMembers;
import chat.groups.internal.domain.Conversation;
import chat.groups.internal.domain.Member;
import chat.groups.internal.domain.MyConversation;
import chat.identity.api.UserSummary;
import chat.platform.rest.Items;
import chat.platform.rest.JsonBinding;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The groups module's answers, as JSON-B writes them, are the bytes its JSON-P builders wrote:
 * the same keys in the same order, nulls written where they were, {@code peerId} left out of a
 * group as it was, numbers as numbers, times ISO-8601.
 */
class GroupsAnswersTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-05T12:30:00.123456Z");
    private static final Conversation GROUP = new Conversation("g1", Conversation.Kind.GROUP, "Design \"A\" 设计", "u1",
            "Stand-up at 10", true, 500, 3);
    private static final Conversation DIRECT = new Conversation("d1", Conversation.Kind.DIRECT, null, null, "", false, 2, 2);
    private static final String GROUP_FIELDS = "\"id\":\"g1\",\"kind\":\"GROUP\",\"name\":\"Design \\\"A\\\" 设计\",\"ownerId\":\"u1\","
            + "\"memberCount\":3,\"maxMembers\":500,\"announcement\":\"Stand-up at 10\",\"allMuted\":true";
    private static final String DIRECT_FIELDS = "\"id\":\"d1\",\"kind\":\"DIRECT\",\"name\":null,\"ownerId\":null,"
            + "\"memberCount\":2,\"maxMembers\":2,\"announcement\":\"\",\"allMuted\":false";

    private static String json(Object answer) {
        return JsonBinding.jsonb().toJson(answer);
    }

    @Test
    void aGroupHasItsEightFieldsInTheContractsOrder() {
        assertEquals("{" + GROUP_FIELDS + "}", json(GroupView.of(GROUP)));
    }

    @Test
    void aDirectChatWritesItsMissingNameAndOwnerAsNull() {
        assertEquals("{" + DIRECT_FIELDS + "}", json(GroupView.of(DIRECT)));
    }

    @Test
    void aMemberSeesTheirRoleAndTheMuteInForce() {
        var muted = new Member("g1", "u2", Role.MEMBER, LATER, false);
        assertEquals("{" + GROUP_FIELDS + ",\"role\":\"MEMBER\",\"mutedUntil\":\"2026-12-05T12:30:00.123456Z\"}",
                json(MyGroupView.of(GROUP, muted, NOW)));
    }

    @Test
    void aMuteThatEndedIsWrittenAsNull() {
        var wasMuted = new Member("d1", "u2", Role.MEMBER, NOW.minusSeconds(1), false);
        assertEquals("{" + DIRECT_FIELDS + ",\"role\":\"MEMBER\",\"mutedUntil\":null}", json(MyGroupView.of(DIRECT, wasMuted, NOW)));
    }

    @Test
    void aGroupInTheCallersListHasNoPeerId() {
        var owner = new Member("g1", "u1", Role.OWNER, null, true);
        assertEquals("{" + GROUP_FIELDS + ",\"role\":\"OWNER\",\"mutedUntil\":null,\"doNotDisturb\":true,\"lastSeq\":9007199254740993,"
                        + "\"lastMessage\":null}",
                json(MyConversationView.of(new MyConversation(GROUP, owner, null), 9_007_199_254_740_993L, null, NOW)));
    }

    @Test
    void aDirectChatInTheCallersListNamesTheOtherPerson() {
        var me = new Member("d1", "u1", Role.MEMBER, LATER, false);
        assertEquals("{\"items\":[{" + DIRECT_FIELDS + ",\"role\":\"MEMBER\",\"mutedUntil\":\"2026-12-05T12:30:00.123456Z\","
                        + "\"doNotDisturb\":false,\"lastSeq\":0,\"lastMessage\":null,\"peerId\":\"u2\"}]}",
                json(new Items<>(List.of(MyConversationView.of(new MyConversation(DIRECT, me, "u2"), 0L, null, NOW)))));
    }

    @Test
    void aConversationWithMessagesCarriesItsLastOneBeforeThePeer() {
        var me = new Member("d1", "u1", Role.MEMBER, null, false);
        var last = new LastMessage(4, "u2", "TEXT", "see you", NOW, false);
        assertEquals("{" + DIRECT_FIELDS + ",\"role\":\"MEMBER\",\"mutedUntil\":null,\"doNotDisturb\":false,\"lastSeq\":4,"
                        + "\"lastMessage\":{\"seq\":4,\"senderId\":\"u2\",\"type\":\"TEXT\",\"text\":\"see you\","
                        + "\"sentAt\":\"2026-12-05T12:00:00Z\",\"recalled\":false},\"peerId\":\"u2\"}",
                json(MyConversationView.of(new MyConversation(DIRECT, me, "u2"), 4L, last, NOW)));
    }

    @Test
    void aPageOfMembersWritesUnknownNicknamesMutesAndTheLastPagesCursorAsNull() {
        var page = new ListMembers.Page(List.of(new Member("g1", "u1", Role.OWNER, null, false),
                new Member("g1", "u2", Role.ADMIN, NOW, true)), Map.of("u2", new UserSummary("u2", "bo", "Bo", null)), null);
        assertEquals("{\"items\":[{\"userId\":\"u1\",\"role\":\"OWNER\",\"nickname\":null,\"mutedUntil\":null},"
                + "{\"userId\":\"u2\",\"role\":\"ADMIN\",\"nickname\":\"Bo\",\"mutedUntil\":\"2026-12-05T12:00:00Z\"}],"
                + "\"next\":null}", json(MemberPage.of(page)));
    }

    @Test
    void aFullPageOfMembersPointsAtTheNext() {
        var page = new ListMembers.Page(List.of(new Member("g1", "u1", Role.MEMBER, null, false)),
                Map.of("u1", new UserSummary("u1", "ann", "Ann", null)), "u1");
        assertEquals("{\"items\":[{\"userId\":\"u1\",\"role\":\"MEMBER\",\"nickname\":\"Ann\",\"mutedUntil\":null}],\"next\":\"u1\"}",
                json(MemberPage.of(page)));
    }

    @Test
    void anAddSaysWhoWasAdded() {
        assertEquals("{\"added\":[\"u2\",\"u3\"]}", json(new AddedMembersView(List.of("u2", "u3"))));
        assertEquals("{\"added\":[]}", json(new AddedMembersView(List.of())));
    }

    @Test
    void aMuteSaysWhenItEnds() {
        assertEquals("{\"userId\":\"u2\",\"mutedUntil\":\"2026-12-05T12:30:00.123456Z\"}", json(new MuteView("u2", LATER)));
    }

    @Test
    void anInviteHasItsCodeGroupAndExpiry() {
        assertEquals("{\"code\":\"K7QM2XWP9A\",\"groupId\":\"g1\",\"expiresAt\":\"2026-12-12T12:00:00Z\"}",
                json(InviteView.of(new Invites.Invite("K7QM2XWP9A", "g1", NOW.plusSeconds(7 * 24 * 3600)))));
    }

    @Test
    void everyAnswerNamesAllItsFieldsInTheirOrder() {
        for (Class<?> answer : List.of(GroupView.class, MyGroupView.class, MyConversationView.class, MemberView.class,
                MemberPage.class, AddedMembersView.class, MuteView.class, InviteView.class)) {
            assertEquals(Arrays.stream(answer.getRecordComponents()).map(RecordComponent::getName).toList(),
                    List.of(answer.getAnnotation(JsonbPropertyOrder.class).value()), answer.getSimpleName());
        }
    }
}
