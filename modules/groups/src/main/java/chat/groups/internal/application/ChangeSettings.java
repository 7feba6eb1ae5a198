package chat.groups.internal.application;

import chat.groups.internal.domain.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A member's own settings for one conversation: do-not-disturb (no offline push from it). */
@ApplicationScoped
public class ChangeSettings {

    @Inject
    Access access;

    @Inject
    MemberRepository members;

    @Transactional
    public void doNotDisturb(String callerId, String conversationId, boolean doNotDisturb) {
        access.of(conversationId, callerId);
        members.setDoNotDisturb(conversationId, callerId, doNotDisturb);
    }
}
