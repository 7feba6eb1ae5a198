package chat.groups.internal.application;

import java.util.List;

import chat.groups.api.NearbyGroups;
import chat.groups.api.Role;
import chat.groups.internal.domain.Conversation;
import chat.groups.internal.domain.ConversationRepository;
import chat.groups.internal.domain.GroupRules;
import chat.groups.internal.domain.MemberRepository;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The first to enter inserts the group under the id the room chose (a concurrent second insert
 * waits for the first to commit and then does nothing); everyone else takes a seat like an invite.
 */
@ApplicationScoped
class EnterNearbyGroup implements NearbyGroups {

    @Inject
    ConversationRepository conversations;

    @Inject
    MemberRepository members;

    @Inject
    Seats seats;

    @Inject
    GroupEvents events;

    @Inject
    GroupCaps caps;

    @Override
    @Transactional
    public void enter(String groupId, String name, String userId) {
        Conversation fresh = new Conversation(groupId, Conversation.Kind.GROUP, GroupRules.name(name), userId, "", false,
                caps.checked(null, 1), 1);
        if (conversations.insertIfAbsent(fresh)) {
            members.addAll(groupId, List.of(userId), Role.OWNER);
            events.created(fresh, List.of(userId), userId);
            return;
        }
        Conversation group = conversations.find(groupId)
                .orElseThrow(() -> new NotFoundException("the group of this room is gone"));
        if (members.find(groupId, userId).isEmpty()) {
            seats.add(group, List.of(userId), Role.MEMBER, userId);
        }
    }
}
