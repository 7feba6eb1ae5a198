package chat.groups.internal.application;

import java.util.List;
import java.util.UUID;

import chat.groups.api.Role;
import chat.groups.internal.domain.Conversation;
import chat.groups.internal.domain.ConversationRepository;
import chat.groups.internal.domain.GroupRules;
import chat.groups.internal.domain.MemberRepository;
import chat.moderation.api.ContentPlace;
import chat.moderation.api.ContentPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A new group with its creator as OWNER: from the caller's contacts, or for the operator from
 * anyone (company departments). The cap defaults to 500, up to the server's limit.
 */
@ApplicationScoped
public class CreateGroup {

    @Inject
    ConversationRepository conversations;

    @Inject
    MemberRepository members;

    @Inject
    Members people;

    @Inject
    Seats seats;

    @Inject
    GroupCaps caps;

    @Inject
    ContentPolicy policy;

    @Transactional
    public Conversation byUser(String ownerId, String name, List<String> memberIds, Long maxMembers) {
        String checkedName = policy.screen(ContentPlace.GROUP_NAME, checkedOnItsOwn(name, maxMembers), ownerId, null);
        List<String> others = people.existing("memberIds", memberIds, ownerId);
        people.mustBeContacts(ownerId, others);
        return create(ownerId, checkedName, others, maxMembers);
    }

    @Transactional
    public Conversation byOperator(String ownerId, String name, List<String> memberIds, Long maxMembers) {
        String checkedName = checkedOnItsOwn(name, maxMembers);
        List<String> others = people.existing("memberIds", memberIds, ownerId);
        people.existing("ownerId", List.of(ownerId), null);
        return create(ownerId, checkedName, others, maxMembers);
    }

    /**
     * What the request says on its own, checked before anyone is looked up: a name too long is
     * named as such even when a member is unknown too. The cap is checked again against the members.
     */
    private String checkedOnItsOwn(String name, Long maxMembers) {
        String checkedName = GroupRules.name(name);
        caps.checked(maxMembers, 2);
        return checkedName;
    }

    private Conversation create(String ownerId, String checkedName, List<String> others, Long maxMembers) {
        int cap = caps.checked(maxMembers, others.size() + 1);
        Conversation group = new Conversation(UUID.randomUUID().toString(), Conversation.Kind.GROUP, checkedName,
                ownerId, "", false, cap, 1);
        conversations.insert(group, null);
        members.addAll(group.id(), List.of(ownerId), Role.OWNER);
        seats.addAtCreation(group, others, ownerId);
        return conversations.find(group.id()).orElseThrow();
    }
}
