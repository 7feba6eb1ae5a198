package chat.groups.internal.application;

import chat.groups.api.Role;
import chat.groups.internal.domain.GroupRules;
import chat.groups.internal.domain.Member;
import chat.groups.internal.domain.MemberRepository;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The owner makes a member an admin, or an admin a member again. */
@ApplicationScoped
public class ChangeRole {

    @Inject
    Access access;

    @Inject
    MemberRepository members;

    @Inject
    GroupEvents events;

    @Transactional
    public void change(String callerId, String groupId, String userId, String role) {
        Role wanted = parse(role);
        var seat = access.ofGroup(groupId, callerId);
        GroupRules.mustOwn(seat.member().role());
        Member target = access.member(groupId, userId);
        if (target.role() == Role.OWNER) {
            throw new ForbiddenException("the owner's role changes only by a transfer");
        }
        if (target.role() != wanted) {
            members.setRole(groupId, userId, wanted);
            events.roleChanged(seat.conversation(), userId, wanted, callerId);
        }
    }

    private static Role parse(String role) {
        if ("ADMIN".equals(role) || "MEMBER".equals(role)) {
            return Role.valueOf(role);
        }
        throw new InvalidInputException("role", "must be ADMIN or MEMBER");
    }
}
