package chat.groups.internal.application;

import chat.groups.internal.domain.Conversation;
import chat.groups.internal.domain.ConversationRepository;
import chat.groups.internal.domain.Member;
import chat.groups.internal.domain.MemberRepository;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The caller's way into a conversation: it exists, is live, and the caller is a member. Anyone
 * else learns nothing, not even that it exists (404).
 */
@ApplicationScoped
public class Access {

    @Inject
    ConversationRepository conversations;

    @Inject
    MemberRepository members;

    /** A conversation and the caller's membership of it. */
    public record Seat(Conversation conversation, Member member) {
    }

    public Seat of(String conversationId, String userId) {
        Conversation conversation = conversations.find(conversationId).orElseThrow(() -> notFound(conversationId));
        Member member = members.find(conversationId, userId).orElseThrow(() -> notFound(conversationId));
        return new Seat(conversation, member);
    }

    /** A group (not a direct chat) the caller belongs to. */
    public Seat ofGroup(String groupId, String userId) {
        Seat seat = of(groupId, userId);
        if (seat.conversation().isDirect()) {
            throw new ForbiddenException("a direct chat has no group settings");
        }
        return seat;
    }

    /** A live group, for the operator, who is no member: 404 for a direct chat or none. */
    public Conversation group(String groupId) {
        return conversations.find(groupId).filter(c -> !c.isDirect())
                .orElseThrow(() -> new NotFoundException("no group " + groupId));
    }

    /** A live conversation, group or direct chat, for the operator. */
    public Conversation conversation(String conversationId) {
        return conversations.find(conversationId)
                .orElseThrow(() -> new NotFoundException("no conversation " + conversationId));
    }

    /** Another member of the same conversation; 404 when they are not one. */
    public Member member(String conversationId, String userId) {
        return members.find(conversationId, userId)
                .orElseThrow(() -> new NotFoundException("user " + userId + " is not a member of " + conversationId));
    }

    static NotFoundException notFound(String conversationId) {
        return new NotFoundException("no conversation " + conversationId + " of yours");
    }
}
