package chat.groups.internal.application;

import java.time.Instant;
import java.util.List;

import chat.groups.api.Role;
import chat.groups.internal.domain.Conversation;

/**
 * Where membership facts go, inside the caller's transaction: event frames to the members'
 * connections (everyone up to 500 members, else those concerned and the managers), facts on a
 * durable queue that messaging turns into SYSTEM messages, and CDI events ({@code MemberJoined},
 * {@code MemberLeft}, {@code GroupDisbanded}) that other modules observe inside the same transaction.
 */
public interface GroupEvents {

    void joined(Conversation group, List<String> userIds, String byUserId);

    /** The first members of a new group: told like a join, but no SYSTEM message records it. */
    void created(Conversation group, List<String> userIds, String byUserId);

    void left(Conversation group, String userId, String byUserId, boolean kicked);

    void roleChanged(Conversation group, String userId, Role role, String byUserId);

    void updated(Conversation before, Conversation after, String byUserId);

    /** Told before the group is marked disbanded, while its members can still be listed. */
    void disbanded(Conversation group, String byUserId);

    void muted(Conversation group, String userId, Instant until, String byUserId);
}
