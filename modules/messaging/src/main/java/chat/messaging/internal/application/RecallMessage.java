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
 * time, the operator at any time (a removal, which reads like a recall). The message keeps its
 * seq, marked recalled, with its content gone (and its pin, reactions and search keys); members
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
        takeBack(message, userId);
    }

    /** The operator removes a message for everyone, at any time; false when it was recalled already (nothing changes). */
    @Transactional
    public boolean removeByOperator(String groupId, long seq) {
        Message message = messages.find(groupId, seq)
                .orElseThrow(() -> new NotFoundException("no message " + seq + " in " + groupId));
        if (message.recalled()) {
            return false;
        }
        takeBack(message, null);
        return true;
    }

    /** @param byUserId who recalled it; null for the operator */
    private void takeBack(Message message, String byUserId) {
        String groupId = message.groupId();
        long seq = message.seq();
        messages.recall(groupId, seq);
        reactions.removeAll(groupId, seq);
        recent.forgetAfterCommit(groupId);
        events.recalled(message.recalledCopy(), byUserId);
        if (pins.unpin(groupId, seq)) {
            events.pinned(groupId, seq, byUserId, false);
        }
    }
}
