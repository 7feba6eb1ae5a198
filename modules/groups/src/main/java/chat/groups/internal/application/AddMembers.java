package chat.groups.internal.application;

import java.util.List;

import chat.groups.api.Role;
import chat.groups.internal.domain.ConversationRepository;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A member adds contacts to a group; the operator adds anyone, up to 10,000 a call. GROUP_FULL adds nobody. */
@ApplicationScoped
public class AddMembers {

    @Inject
    Access access;

    @Inject
    ConversationRepository conversations;

    @Inject
    Members people;

    @Inject
    Seats seats;

    @Transactional
    public List<String> byMember(String callerId, String groupId, List<String> userIds) {
        var seat = access.ofGroup(groupId, callerId);
        List<String> wanted = people.existing("userIds", userIds, callerId);
        people.mustBeContacts(callerId, wanted);
        return seats.add(seat.conversation(), wanted, Role.MEMBER, callerId);
    }

    @Transactional
    public List<String> byOperator(String groupId, List<String> userIds) {
        var group = conversations.find(groupId).filter(c -> !c.isDirect())
                .orElseThrow(() -> new NotFoundException("no group " + groupId));
        return seats.add(group, people.existing("userIds", userIds, null), Role.MEMBER, group.ownerId());
    }
}
