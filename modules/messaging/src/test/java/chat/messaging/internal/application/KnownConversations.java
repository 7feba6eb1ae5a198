package chat.messaging.internal.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import chat.groups.api.ConversationDirectory;
import chat.groups.api.ConversationProfile;
import chat.groups.api.Membership;
import chat.groups.api.PostingRight;
import chat.groups.api.Role;
import chat.platform.errors.NotFoundException;

/** Conversations with their members' roles, as the groups module would answer for them. */
class KnownConversations implements ConversationDirectory {

    private final Map<String, Map<String, Role>> members = new HashMap<>();
    /** What mayPost throws for a conversation (a muted member), when set. */
    final Map<String, RuntimeException> refusePosting = new HashMap<>();
    private final Set<String> directs = new HashSet<>();

    /** A group whose first user is its owner and the others members. */
    void group(String id, String ownerId, String... others) {
        Map<String, Role> roles = new LinkedHashMap<>();
        roles.put(ownerId, Role.OWNER);
        for (String other : others) {
            roles.put(other, Role.MEMBER);
        }
        members.put(id, roles);
    }

    /** A direct chat of two. */
    void direct(String id, String userA, String userB) {
        members.put(id, new LinkedHashMap<>(Map.of(userA, Role.MEMBER, userB, Role.MEMBER)));
        directs.add(id);
    }

    void role(String id, String userId, Role role) {
        members.get(id).put(userId, role);
    }

    @Override
    public Optional<Membership> membership(String conversationId, String userId) {
        Role role = members.getOrDefault(conversationId, Map.of()).get(userId);
        return role == null ? Optional.empty() : Optional.of(new Membership(conversationId, userId, role, null, false));
    }

    @Override
    public PostingRight mayPost(String conversationId, String userId) {
        Membership member = membership(conversationId, userId)
                .orElseThrow(() -> new NotFoundException("no conversation " + conversationId));
        if (refusePosting.containsKey(conversationId)) {
            throw refusePosting.get(conversationId);
        }
        return new PostingRight(member.role(), members.get(conversationId).size(), false);
    }

    @Override
    public Optional<List<String>> broadcastAudience(String conversationId) {
        return Optional.ofNullable(members.get(conversationId)).map(m -> List.copyOf(m.keySet()));
    }

    @Override
    public Set<String> membersAmong(String conversationId, Collection<String> userIds) {
        Map<String, Role> roles = members.getOrDefault(conversationId, Map.of());
        return userIds.stream().filter(roles::containsKey).collect(Collectors.toSet());
    }

    @Override
    public List<String> memberIds(String conversationId) {
        throw new UnsupportedOperationException("not asked by this module");
    }

    @Override
    public Optional<ConversationProfile> profile(String conversationId) {
        return Optional.ofNullable(members.get(conversationId)).map(m -> new ConversationProfile(conversationId,
                conversationId, directs.contains(conversationId), m.size(), Set.of()));
    }

    @Override
    public List<String> conversationIdsOf(String userId) {
        return members.entrySet().stream().filter(e -> e.getValue().containsKey(userId)).map(Map.Entry::getKey)
                .toList();
    }
}
