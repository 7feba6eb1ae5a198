package chat.groups.internal.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import chat.groups.api.Role;
import chat.groups.internal.domain.Member;
import chat.groups.internal.domain.MemberRepository;

/** Members by conversation, in user-id order like the database's index. */
class InMemoryMembers implements MemberRepository {

    private final Map<String, TreeMap<String, Member>> byConversation = new HashMap<>();
    /** Runs at the start of each remove: lets a test have someone else remove the member first. */
    Runnable beforeRemove = () -> { };

    private TreeMap<String, Member> of(String conversationId) {
        return byConversation.computeIfAbsent(conversationId, id -> new TreeMap<>());
    }

    void put(Member member) {
        of(member.conversationId()).put(member.userId(), member);
    }

    Member get(String conversationId, String userId) {
        return of(conversationId).get(userId);
    }

    @Override
    public List<String> addAll(String conversationId, Collection<String> userIds, Role role) {
        List<String> added = new ArrayList<>();
        for (String userId : userIds) {
            if (!of(conversationId).containsKey(userId)) {
                put(new Member(conversationId, userId, role, null, false));
                added.add(userId);
            }
        }
        return added;
    }

    @Override
    public Optional<Member> find(String conversationId, String userId) {
        return Optional.ofNullable(get(conversationId, userId));
    }

    @Override
    public List<Member> page(String conversationId, String afterUserId, int limit) {
        var from = afterUserId == null ? of(conversationId) : of(conversationId).tailMap(afterUserId, false);
        return from.values().stream().limit(limit).toList();
    }

    @Override
    public List<String> userIds(String conversationId) {
        return List.copyOf(of(conversationId).keySet());
    }

    @Override
    public List<String> among(String conversationId, Collection<String> userIds) {
        return userIds.stream().filter(of(conversationId)::containsKey).toList();
    }

    @Override
    public List<String> quiet(String conversationId) {
        return of(conversationId).values().stream().filter(Member::doNotDisturb).map(Member::userId).toList();
    }

    @Override
    public List<String> managers(String conversationId) {
        return of(conversationId).values().stream().filter(m -> m.role().manages()).map(Member::userId).toList();
    }

    @Override
    public boolean remove(String conversationId, String userId) {
        beforeRemove.run();
        return of(conversationId).remove(userId) != null;
    }

    @Override
    public void setRole(String conversationId, String userId, Role role) {
        Member m = get(conversationId, userId);
        put(new Member(conversationId, userId, role, m.mutedUntil(), m.doNotDisturb()));
    }

    @Override
    public void setMutedUntil(String conversationId, String userId, Instant until) {
        Member m = get(conversationId, userId);
        put(new Member(conversationId, userId, m.role(), until, m.doNotDisturb()));
    }

    @Override
    public void setDoNotDisturb(String conversationId, String userId, boolean doNotDisturb) {
        Member m = get(conversationId, userId);
        put(new Member(conversationId, userId, m.role(), m.mutedUntil(), doNotDisturb));
    }
}
