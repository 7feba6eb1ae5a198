package chat.groups.internal.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import chat.groups.api.Role;
import chat.groups.internal.domain.Conversation;

/** What the use cases told, one line per event, and the conversations they told it with. */
class RecordedEvents implements GroupEvents {

    final List<String> told = new ArrayList<>();
    final List<Conversation> groups = new ArrayList<>();
    Conversation updatedBefore;
    Conversation updatedAfter;
    Instant mutedUntil;
    /** Whether the group was still live when its disbanding was told. */
    Boolean liveWhenDisbandTold;
    private final InMemoryConversations conversations;

    RecordedEvents(InMemoryConversations conversations) {
        this.conversations = conversations;
    }

    private void tell(Conversation group, String line) {
        groups.add(group);
        told.add(line);
    }

    @Override
    public void joined(Conversation group, List<String> userIds, String byUserId) {
        tell(group, "joined " + group.id() + " " + userIds + " by " + byUserId);
    }

    @Override
    public void created(Conversation group, List<String> userIds, String byUserId) {
        tell(group, "created " + group.id() + " " + userIds + " by " + byUserId);
    }

    @Override
    public void left(Conversation group, String userId, String byUserId, boolean kicked) {
        tell(group, (kicked ? "kicked " : "left ") + group.id() + " " + userId + " by " + byUserId);
    }

    @Override
    public void roleChanged(Conversation group, String userId, Role role, String byUserId) {
        tell(group, "role " + group.id() + " " + userId + " " + role + " by " + byUserId);
    }

    @Override
    public void updated(Conversation before, Conversation after, String byUserId) {
        updatedBefore = before;
        updatedAfter = after;
        tell(after, "updated " + after.id() + " by " + byUserId);
    }

    @Override
    public void disbanded(Conversation group, String byUserId) {
        liveWhenDisbandTold = conversations.find(group.id()).isPresent();
        tell(group, "disbanded " + group.id() + " by " + byUserId);
    }

    @Override
    public void muted(Conversation group, String userId, Instant until, String byUserId) {
        mutedUntil = until;
        tell(group, (until == null ? "unmuted " : "muted ") + group.id() + " " + userId + " by " + byUserId);
    }
}
