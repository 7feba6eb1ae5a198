package chat.groups.internal.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import chat.groups.api.ConversationDirectory;
import chat.groups.api.ConversationProfile;
import chat.groups.api.Membership;
import chat.groups.api.PostingRight;
import chat.groups.api.Role;
import chat.groups.internal.domain.Conversation;
import chat.groups.internal.domain.ConversationRepository;
import chat.groups.internal.domain.MemberRepository;
import chat.platform.errors.ErrorCode;
import chat.platform.errors.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
class DefaultConversationDirectory implements ConversationDirectory {

    @Inject
    Access access;

    @Inject
    ConversationRepository conversations;

    @Inject
    MemberRepository members;

    @Override
    public Optional<Membership> membership(String conversationId, String userId) {
        return conversations.find(conversationId).flatMap(c -> members.find(conversationId, userId))
                .map(m -> new Membership(m.conversationId(), m.userId(), m.role(), m.mutedUntil(), m.doNotDisturb()));
    }

    @Override
    public PostingRight mayPost(String conversationId, String userId) {
        var seat = access.of(conversationId, userId);
        Role role = seat.member().role();
        if (seat.member().isMutedAt(Instant.now())) {
            throw new ForbiddenException(ErrorCode.MUTED, "you are muted in this conversation until " + seat.member().mutedUntil());
        }
        if (seat.conversation().allMuted() && !role.manages()) {
            throw new ForbiddenException(ErrorCode.MUTED, "only the owner and admins may post while the group is muted");
        }
        return new PostingRight(role, seat.conversation().memberCount(), seat.conversation().isDirect());
    }

    @Override
    public Optional<List<String>> broadcastAudience(String conversationId) {
        return conversations.find(conversationId).filter(Conversation::broadcastsToEveryone)
                .map(c -> members.userIds(conversationId));
    }

    @Override
    public Set<String> membersAmong(String conversationId, Collection<String> userIds) {
        if (userIds.isEmpty() || conversations.find(conversationId).isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(members.among(conversationId, userIds));
    }

    @Override
    public List<String> memberIds(String conversationId) {
        return conversations.find(conversationId).map(c -> members.userIds(conversationId)).orElse(List.of());
    }

    @Override
    public Optional<ConversationProfile> profile(String conversationId) {
        return conversations.find(conversationId).map(c -> new ConversationProfile(c.id(), c.name(), c.isDirect(),
                c.memberCount(), Set.copyOf(members.quiet(conversationId))));
    }

    @Override
    public List<String> conversationIdsOf(String userId) {
        return conversations.ofMember(userId).stream().map(c -> c.conversation().id()).toList();
    }
}
