package chat.messaging.internal.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import chat.messaging.internal.application.SendMessage.Sent;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageRepository;
import chat.messaging.internal.domain.MessageType;
import chat.platform.errors.ConflictException;
import chat.platform.errors.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Stores messages the caller has already authorised (a client's send, or a server-made one such
 * as a red packet's), each once: under the lock of the conversation's counter a retried
 * {@code clientMsgId} finds the stored message, and a new one takes the next seq. The fan-out row
 * goes into the outbox in the same transaction.
 */
@ApplicationScoped
public class StoreMessage {

    @Inject
    MessageRepository messages;

    @Inject
    MessageEvents events;

    @Inject
    RecentMessages recent;

    /** A message to store: {@code attachmentId} is what it carries, a media id or a red packet's id. */
    public record Unstored(String groupId, String senderId, String clientMsgId, MessageType type, String text,
                           String attachmentId) {
    }

    @Transactional
    public Sent store(Unstored message) {
        return storeInTransaction(message);
    }

    /**
     * Stores the batch in one transaction, in the order given (the caller orders it by
     * conversation, so that two nodes' batches lock counters in the same order); answers in the
     * same order. One failure fails them all: the transaction rolls back.
     */
    @Transactional
    public List<Sent> storeAll(List<Unstored> batch) {
        List<Sent> sent = new ArrayList<>(batch.size());
        batch.forEach(message -> sent.add(storeInTransaction(message)));
        return sent;
    }

    private Sent storeInTransaction(Unstored u) {
        long seq = messages.nextSeq(u.groupId());
        // Under the counter's lock a concurrent retry to the same conversation has committed by now.
        Optional<Sent> retry = earlier(messages, u.groupId(), u.senderId(), u.clientMsgId());
        if (retry.isPresent()) {
            messages.giveBack(u.groupId(), seq);
            return retry.get();
        }
        Message message = new Message(u.groupId(), seq, u.senderId(), u.clientMsgId(), u.type(), u.text(),
                u.attachmentId(), Instant.now(), false);
        messages.append(message);
        events.stored(message);
        recent.appendAfterCommit(message);
        return new Sent(message, true);
    }

    /** The message this sender already stored under this {@code clientMsgId}; 409 when it went to another conversation. */
    static Optional<Sent> earlier(MessageRepository messages, String groupId, String senderId, String clientMsgId) {
        return messages.bySenderAndClientId(senderId, clientMsgId).map(m -> {
            if (!m.groupId().equals(groupId)) {
                throw new ConflictException(ErrorCode.CLIENT_MSG_ID_REUSED,
                        "clientMsgId " + clientMsgId + " was already used for another conversation");
            }
            return new Sent(m, false);
        });
    }
}
