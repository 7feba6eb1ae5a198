package chat.groups.internal.application;

import java.util.List;

import chat.groups.api.Role;
import chat.groups.internal.domain.Conversation;
import chat.groups.internal.domain.Member;
import chat.moderation.api.ContentPolicy;

/**
 * The groups module's use cases wired by hand over in-memory repositories: no CDI, no database.
 * Transactions do not roll back here, so tests look at what a use case answered and told, not at
 * what a failed call left behind.
 */
final class GroupsFixture {

    static final int SERVER_LIMIT = 1_000_000;

    final InMemoryMembers members = new InMemoryMembers();
    final InMemoryConversations conversations = new InMemoryConversations(members);
    final RecordedEvents events = new RecordedEvents(conversations);
    final KnownUsers users = new KnownUsers();
    final StoredInviteCodes codes = new StoredInviteCodes();
    final Access access = new Access();
    final Members people = new Members();
    final Seats seats = new Seats();

    GroupsFixture() {
        access.conversations = conversations;
        access.members = members;
        people.users = users;
        seats.conversations = conversations;
        seats.members = members;
        seats.events = events;
    }

    /** A group of the owner (OWNER) and the others (MEMBER), all of them known users. */
    Conversation group(String id, String ownerId, int cap, String... others) {
        users.add(ownerId);
        users.add(others);
        Conversation group = new Conversation(id, Conversation.Kind.GROUP, "Group " + id, ownerId, "", false, cap,
                1 + others.length);
        conversations.put(group);
        members.put(new Member(id, ownerId, Role.OWNER, null, false));
        for (String other : others) {
            members.put(new Member(id, other, Role.MEMBER, null, false));
        }
        return group;
    }

    Conversation direct(String id, String a, String b) {
        users.add(a, b);
        Conversation chat = new Conversation(id, Conversation.Kind.DIRECT, null, null, "", false, 2, 2);
        conversations.insert(chat, a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
        members.addAll(id, List.of(a, b), Role.MEMBER);
        return chat;
    }

    void role(String conversationId, String userId, Role role) {
        members.setRole(conversationId, userId, role);
    }

    Role roleOf(String conversationId, String userId) {
        return members.get(conversationId, userId).role();
    }

    AddMembers addMembers() {
        var useCase = new AddMembers();
        useCase.access = access;
        useCase.conversations = conversations;
        useCase.people = people;
        useCase.seats = seats;
        return useCase;
    }

    ChangeRole changeRole() {
        var useCase = new ChangeRole();
        useCase.access = access;
        useCase.members = members;
        useCase.events = events;
        return useCase;
    }

    ChangeSettings changeSettings() {
        var useCase = new ChangeSettings();
        useCase.access = access;
        useCase.members = members;
        return useCase;
    }

    CreateGroup createGroup(int serverLimit) {
        var useCase = new CreateGroup();
        useCase.conversations = conversations;
        useCase.members = members;
        useCase.people = people;
        useCase.seats = seats;
        useCase.caps = caps(serverLimit);
        useCase.policy = ANY_TEXT;
        return useCase;
    }

    static GroupCaps caps(int serverLimit) {
        var caps = new GroupCaps();
        caps.serverLimit = serverLimit;
        return caps;
    }

    DefaultConversationDirectory directory() {
        var useCase = new DefaultConversationDirectory();
        useCase.access = access;
        useCase.conversations = conversations;
        useCase.members = members;
        return useCase;
    }

    DisbandGroup disbandGroup() {
        var useCase = new DisbandGroup();
        useCase.access = access;
        useCase.conversations = conversations;
        useCase.events = events;
        return useCase;
    }

    EnterNearbyGroup enterNearbyGroup(int serverLimit) {
        var useCase = new EnterNearbyGroup();
        useCase.conversations = conversations;
        useCase.members = members;
        useCase.seats = seats;
        useCase.events = events;
        useCase.caps = caps(serverLimit);
        return useCase;
    }

    Invites invites() {
        var useCase = new Invites();
        useCase.access = access;
        useCase.conversations = conversations;
        useCase.members = members;
        useCase.codes = codes;
        useCase.seats = seats;
        return useCase;
    }

    ListMembers listMembers() {
        var useCase = new ListMembers();
        useCase.access = access;
        useCase.members = members;
        useCase.users = users;
        return useCase;
    }

    MuteMember muteMember() {
        var useCase = new MuteMember();
        useCase.access = access;
        useCase.members = members;
        useCase.events = events;
        return useCase;
    }

    OpenDirectChat openDirectChat() {
        var useCase = new OpenDirectChat();
        useCase.conversations = conversations;
        useCase.members = members;
        useCase.people = people;
        useCase.events = events;
        return useCase;
    }

    RemoveMember removeMember() {
        var useCase = new RemoveMember();
        useCase.access = access;
        useCase.conversations = conversations;
        useCase.members = members;
        useCase.events = events;
        return useCase;
    }

    TransferOwnership transferOwnership() {
        var useCase = new TransferOwnership();
        useCase.access = access;
        useCase.conversations = conversations;
        useCase.members = members;
        useCase.events = events;
        return useCase;
    }

    UpdateGroup updateGroup() {
        var useCase = new UpdateGroup();
        useCase.access = access;
        useCase.conversations = conversations;
        useCase.events = events;
        useCase.caps = caps(SERVER_LIMIT);
        useCase.policy = ANY_TEXT;
        return useCase;
    }

    /** A content policy with an empty word list: every text passes as written. */
    static final ContentPolicy ANY_TEXT = (place, text, userId, conversationId) -> text;
}
