package chat.groups.internal.application;

import java.util.Collection;
import java.util.List;

import chat.groups.api.Role;
import chat.groups.internal.domain.Conversation;
import chat.groups.internal.domain.ConversationRepository;
import chat.groups.internal.domain.GroupFullException;
import chat.groups.internal.domain.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Adds members under the cap, all or none. The new rows are inserted first; then one conditional
 * update counts them on the conversation's row and fails when the count would pass the cap, which
 * rolls the inserts back. Concurrent joins queue on that row, so the cap holds on any number of
 * nodes with no check-then-act.
 */
@ApplicationScoped
public class Seats {

    @Inject
    ConversationRepository conversations;

    @Inject
    MemberRepository members;

    @Inject
    GroupEvents events;

    /** Answers who was added (those already members are left out); throws GROUP_FULL and adds nobody. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> add(Conversation group, Collection<String> userIds, Role role, String byUserId) {
        List<String> added = seat(group, userIds, role);
        if (!added.isEmpty()) {
            events.joined(counted(group), added, byUserId);
        }
        return added;
    }

    /** The first members of a group its creator brought: the same seats, told as a creation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> addAtCreation(Conversation group, Collection<String> userIds, String ownerId) {
        List<String> added = seat(group, userIds, Role.MEMBER);
        if (!added.isEmpty()) {
            events.created(counted(group), added, ownerId);
        }
        return added;
    }

    private List<String> seat(Conversation group, Collection<String> userIds, Role role) {
        List<String> added = members.addAll(group.id(), userIds, role);
        if (added.isEmpty()) {
            return added;
        }
        if (!conversations.reserveSeats(group.id(), added.size())) {
            throw new GroupFullException(group.maxMembers());
        }
        return added;
    }

    private Conversation counted(Conversation group) {
        return conversations.find(group.id()).orElse(group);
    }
}
