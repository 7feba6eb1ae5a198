package chat.messaging.internal.application;

import java.util.List;

import chat.groups.api.ConversationDirectory;
import chat.groups.api.Membership;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageRepository;
import chat.messaging.internal.domain.PinRepository;
import chat.platform.errors.ConflictException;
import chat.platform.errors.ErrorCode;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Pins: the owner and admins of a group (either person in a direct chat) pin up to
 * {@value PinRepository#MAX_PINS} messages to the top of the conversation; every member reads them
 * and hears of each change ({@code message.pinned}, {@code message.unpinned}).
 */
@ApplicationScoped
public class PinMessages {

    @Inject
    ConversationDirectory conversations;

    @Inject
    MessageRepository messages;

    @Inject
    PinRepository pins;

    @Inject
    MessageEvents events;

    @Transactional
    public void pin(String userId, String groupId, long seq) {
        mayPin(userId, groupId);
        Message message = messages.find(groupId, seq).filter(m -> !m.recalled())
                .orElseThrow(() -> new NotFoundException("no message " + seq + " in " + groupId));
        if (!pins.pin(groupId, message.seq(), userId)) {
            throw new ConflictException(ErrorCode.CONFLICT, "a conversation has at most " + PinRepository.MAX_PINS
                    + " pins: unpin one first");
        }
        events.pinned(groupId, seq, userId, true);
    }

    @Transactional
    public void unpin(String userId, String groupId, long seq) {
        mayPin(userId, groupId);
        if (pins.unpin(groupId, seq)) {
            events.pinned(groupId, seq, userId, false);
        }
    }

    /** Members only: the pinned messages, newest pin first. */
    public List<Message> pinned(String userId, String groupId) {
        member(userId, groupId);
        return pins.pinned(groupId, userId);
    }

    private void mayPin(String userId, String groupId) {
        Membership member = member(userId, groupId);
        boolean direct = conversations.profile(groupId).map(p -> p.direct()).orElse(false);
        if (!direct && !member.role().manages()) {
            throw new ForbiddenException("only the owner and admins pin messages in a group");
        }
    }

    private Membership member(String userId, String groupId) {
        return conversations.membership(groupId, userId)
                .orElseThrow(() -> new NotFoundException("no conversation " + groupId + " of yours"));
    }
}
