package chat.groups.internal.application;

import chat.groups.internal.domain.ConversationRepository;
import chat.groups.internal.domain.GroupRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The owner, or the operator, ends a group: nobody can read or post in it any more and it leaves
 * every list. The operator's disband is told to the members as their owner's.
 */
@ApplicationScoped
public class DisbandGroup {

    @Inject
    Access access;

    @Inject
    ConversationRepository conversations;

    @Inject
    GroupEvents events;

    @Transactional
    public void disband(String callerId, String groupId) {
        var seat = access.ofGroup(groupId, callerId);
        GroupRules.mustOwn(seat.member().role());
        events.disbanded(seat.conversation(), callerId);
        conversations.disband(groupId);
    }

    @Transactional
    public void byOperator(String groupId) {
        var group = access.group(groupId);
        events.disbanded(group, group.ownerId());
        conversations.disband(groupId);
    }
}
