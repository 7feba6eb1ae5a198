package chat.groups.internal.application;

import java.util.Optional;

import chat.groups.internal.domain.Conversation;
import chat.groups.internal.domain.ConversationRepository;
import chat.groups.internal.domain.GroupRules;
import chat.moderation.api.ContentPlace;
import chat.moderation.api.ContentPolicy;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Owner and admins rename a group, set its announcement (both screened by the company's content
 * policy) or mute everyone but themselves. The
 * operator renames, announces (told to the members as their owner's) and moves the cap, which
 * holds under concurrent joins: the row is locked, so joins wait and the count it is checked
 * against is the final one.
 */
@ApplicationScoped
public class UpdateGroup {

    @Inject
    Access access;

    @Inject
    ConversationRepository conversations;

    @Inject
    GroupEvents events;

    @Inject
    GroupCaps caps;

    @Inject
    ContentPolicy policy;

    @Transactional
    public Conversation update(String callerId, String groupId, Optional<String> name, Optional<String> announcement,
                               Optional<Boolean> allMuted) {
        var seat = access.ofGroup(groupId, callerId);
        GroupRules.mustManage(seat.member().role());
        Optional<String> checkedName = name.map(GroupRules::name)
                .map(n -> policy.screen(ContentPlace.GROUP_NAME, n, callerId, groupId));
        Optional<String> checkedAnnouncement = announcement.map(GroupRules::announcement)
                .map(a -> policy.screen(ContentPlace.GROUP_ANNOUNCEMENT, a, callerId, groupId));
        // Locked: two changes at once (a rename and an announcement) must not undo each other.
        Conversation group = locked(groupId);
        String newName = checkedName.orElse(group.name());
        String newAnnouncement = checkedAnnouncement.orElse(group.announcement());
        conversations.update(groupId, newName, newAnnouncement, allMuted.orElse(group.allMuted()));
        Conversation updated = conversations.find(groupId).orElseThrow();
        events.updated(group, updated, callerId);
        return updated;
    }

    @Transactional
    public Conversation byOperator(String groupId, Optional<String> name, Optional<String> announcement,
                                   Optional<Long> maxMembers) {
        String checkedName = name.map(GroupRules::name).orElse(null);
        String checkedAnnouncement = announcement.map(GroupRules::announcement).orElse(null);
        access.group(groupId);
        Conversation group = locked(groupId);
        if (maxMembers.isPresent()) {
            conversations.changeCap(groupId, caps.checked(maxMembers.get(), group.memberCount()));
        }
        if (checkedName != null || checkedAnnouncement != null) {
            conversations.update(groupId, checkedName == null ? group.name() : checkedName,
                    checkedAnnouncement == null ? group.announcement() : checkedAnnouncement, group.allMuted());
            Conversation updated = conversations.find(groupId).orElseThrow();
            events.updated(group, updated, group.ownerId());
            return updated;
        }
        return maxMembers.isPresent() ? conversations.find(groupId).orElseThrow() : group;
    }

    /** The group's row, locked; 404 when it was disbanded since it was looked up. */
    private Conversation locked(String groupId) {
        return conversations.findForUpdate(groupId).orElseThrow(() -> new NotFoundException("no group " + groupId));
    }
}
