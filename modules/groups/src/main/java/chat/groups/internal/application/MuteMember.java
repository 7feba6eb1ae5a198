package chat.groups.internal.application;

import java.time.Duration;
import java.time.Instant;

import chat.groups.internal.domain.GroupRules;
import chat.groups.internal.domain.Member;
import chat.groups.internal.domain.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Owner and admins silence a member for some minutes (admins: plain members only), or lift it. */
@ApplicationScoped
public class MuteMember {

    @Inject
    Access access;

    @Inject
    MemberRepository members;

    @Inject
    GroupEvents events;

    @Transactional
    public Instant mute(String callerId, String groupId, String userId, long minutes) {
        Instant until = Instant.now().plus(Duration.ofMinutes(GroupRules.muteMinutes(minutes)));
        set(callerId, groupId, userId, until);
        return until;
    }

    @Transactional
    public void unmute(String callerId, String groupId, String userId) {
        set(callerId, groupId, userId, null);
    }

    private void set(String callerId, String groupId, String userId, Instant until) {
        var seat = access.ofGroup(groupId, callerId);
        Member target = access.member(groupId, userId);
        GroupRules.mayActOn(seat.member().role(), target.role());
        members.setMutedUntil(groupId, userId, until);
        events.muted(seat.conversation(), userId, until, callerId);
    }
}
