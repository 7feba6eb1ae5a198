package chat.groups.internal.application;

import chat.groups.api.Role;
import chat.groups.internal.domain.ConversationRepository;
import chat.groups.internal.domain.GroupRules;
import chat.groups.internal.domain.MemberRepository;
import chat.platform.errors.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The owner hands the group to another member and stays on as an admin. */
@ApplicationScoped
public class TransferOwnership {

    @Inject
    Access access;

    @Inject
    ConversationRepository conversations;

    @Inject
    MemberRepository members;

    @Inject
    GroupEvents events;

    @Transactional
    public void transfer(String callerId, String groupId, String userId) {
        var seat = access.ofGroup(groupId, callerId);
        GroupRules.mustOwn(seat.member().role());
        if (callerId.equals(userId)) {
            throw new InvalidInputException("userId", "is already the owner");
        }
        access.member(groupId, userId);
        members.setRole(groupId, userId, Role.OWNER);
        members.setRole(groupId, callerId, Role.ADMIN);
        conversations.changeOwner(groupId, userId);
        var group = conversations.find(groupId).orElseThrow();
        events.roleChanged(group, userId, Role.OWNER, callerId);
        events.roleChanged(group, callerId, Role.ADMIN, callerId);
    }
}
