package chat.redpack.internal.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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

/** Conversations and their members as the groups module would answer for them; the large ones have no broadcast audience. */
class KnownConversations implements ConversationDirectory {

    private final Map<String, List<String>> members = new LinkedHashMap<>();
    private final Map<String, Boolean> direct = new HashMap<>();
    private final Map<String, Boolean> large = new HashMap<>();
    /** What mayPost throws for a conversation (a muted member), when set. */
    final Map<String, RuntimeException> refusePosting = new HashMap<>();

    void group(String id, String... userIds) {
        members.put(id, new ArrayList<>(List.of(userIds)));
        direct.put(id, false);
    }

    void largeGroup(String id, String... userIds) {
        group(id, userIds);
        large.put(id, true);
    }

    void direct(String id, String a, String b) {
        members.put(id, new ArrayList<>(List.of(a, b)));
        direct.put(id, true);
    }

    @Override
    public Optional<Membership> membership(String conversationId, String userId) {
        return members.getOrDefault(conversationId, List.of()).contains(userId)
                ? Optional.of(new Membership(conversationId, userId, Role.MEMBER, null, false))
                : Optional.empty();
    }

    @Override
    public PostingRight mayPost(String conversationId, String userId) {
        if (membership(conversationId, userId).isEmpty()) {
            throw new NotFoundException("no conversation " + conversationId);
        }
        if (refusePosting.containsKey(conversationId)) {
            throw refusePosting.get(conversationId);
        }
        return new PostingRight(Role.MEMBER, members.get(conversationId).size(), direct.get(conversationId));
    }

    @Override
    public Optional<List<String>> broadcastAudience(String conversationId) {
        if (!members.containsKey(conversationId) || large.getOrDefault(conversationId, false)) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(members.get(conversationId)));
    }

    @Override
    public Set<String> membersAmong(String conversationId, Collection<String> userIds) {
        List<String> of = members.getOrDefault(conversationId, List.of());
        return userIds.stream().filter(of::contains).collect(Collectors.toSet());
    }

    @Override
    public List<String> memberIds(String conversationId) {
        throw new UnsupportedOperationException("not asked by this module");
    }

    @Override
    public Optional<ConversationProfile> profile(String conversationId) {
        throw new UnsupportedOperationException("not asked by this module");
    }

    @Override
    public List<String> conversationIdsOf(String userId) {
        return members.entrySet().stream().filter(e -> e.getValue().contains(userId)).map(Map.Entry::getKey).toList();
    }
}
