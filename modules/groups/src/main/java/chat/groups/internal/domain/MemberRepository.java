package chat.groups.internal.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import chat.groups.api.Role;

/** Members of conversations. */
public interface MemberRepository {

    /** Adds those not yet members; answers who was added. */
    List<String> addAll(String conversationId, Collection<String> userIds, Role role);

    Optional<Member> find(String conversationId, String userId);

    /** One page in user-id order, after the given user id (exclusive). */
    List<Member> page(String conversationId, String afterUserId, int limit);

    List<String> userIds(String conversationId);

    /** Those of these users who are members. */
    List<String> among(String conversationId, Collection<String> userIds);

    /** The members who set doNotDisturb. */
    List<String> quiet(String conversationId);

    /** The owner and admins. */
    List<String> managers(String conversationId);

    boolean remove(String conversationId, String userId);

    void setRole(String conversationId, String userId, Role role);

    void setMutedUntil(String conversationId, String userId, Instant until);

    void setDoNotDisturb(String conversationId, String userId, boolean doNotDisturb);
}
