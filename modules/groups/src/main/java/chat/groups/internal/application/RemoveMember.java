package chat.groups.internal.application;

import chat.groups.api.Role;
import chat.groups.internal.domain.ConversationRepository;
import chat.groups.internal.domain.GroupRules;
import chat.groups.internal.domain.Member;
import chat.groups.internal.domain.MemberRepository;
import chat.platform.errors.ConflictException;
import chat.platform.errors.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Leaving (yourself) or kicking (someone else): the owner kicks anyone, an admin members only.
 * An owner must transfer the group before leaving it.
 */
@ApplicationScoped
public class RemoveMember {

    @Inject
    Access access;

    @Inject
    ConversationRepository conversations;

    @Inject
    MemberRepository members;

    @Inject
    GroupEvents events;

    @Transactional
    public void remove(String callerId, String groupId, String userId) {
        var seat = access.ofGroup(groupId, callerId);
        boolean leaving = callerId.equals(userId);
        if (leaving && seat.member().role() == Role.OWNER) {
            throw new ConflictException(ErrorCode.OWNER_MUST_TRANSFER, "transfer the group to another member before leaving");
        }
        if (!leaving) {
            Member target = access.member(groupId, userId);
            GroupRules.mayActOn(seat.member().role(), target.role());
        }
        if (members.remove(groupId, userId)) {
            conversations.releaseSeats(groupId, 1);
            events.left(seat.conversation(), userId, callerId, !leaving);
        }
    }
}
