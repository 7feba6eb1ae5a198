package chat.messaging.internal.application;

import java.time.Instant;

import chat.groups.api.ConversationDirectory;
import chat.groups.api.Membership;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageRepository;
import chat.messaging.internal.domain.MessageRules;
import chat.messaging.internal.domain.PinRepository;
import chat.messaging.internal.domain.ReactionRepository;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Takes a message back for everyone: its sender within two minutes, an owner or admin at any
 * time. The message keeps its seq, marked recalled, with its content gone (and its pin and reactions); members
 * hear of it.
 */
@ApplicationScoped
public class RecallMessage {

    @Inject
    ConversationDirectory conversations;

    @Inject
    MessageRepository messages;

    @Inject
    MessageEvents events;

    @Inject
    RecentMessages recent;

    @Inject
    PinRepository pins;

    @Inject
    ReactionRepository reactions;

    @Transactional
    public void recall(String userId, String groupId, long seq) {
        Membership member = conversations.membership(groupId, userId)
                .orElseThrow(() -> new NotFoundException("no conversation " + groupId + " of yours"));
        Message message = messages.find(groupId, seq)
                .orElseThrow(() -> new NotFoundException("no message " + seq + " in " + groupId));
        if (message.recalled()) {
            return;
        }
        boolean ownInTime = message.senderId().equals(userId)
                && MessageRules.withinRecallWindow(message.sentAt(), Instant.now());
        if (!ownInTime && !member.role().manages()) {
            throw new ForbiddenException("only the sender within 2 minutes, or an owner or admin, may recall it");
        }
        messages.recall(groupId, seq);
        reactions.removeAll(groupId, seq);
        recent.forgetAfterCommit(groupId);
        events.recalled(message.recalledCopy(), userId);
        if (pins.unpin(groupId, seq)) {
            events.pinned(groupId, seq, userId, false);
        }
    }
}
