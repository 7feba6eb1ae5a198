package chat.messaging.internal.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import chat.messaging.internal.application.SendMessage.Sent;
import chat.messaging.internal.domain.Mentions;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageRepository;
import chat.messaging.internal.domain.MessageType;
import chat.messaging.internal.domain.Quote;
import chat.messaging.internal.domain.Reactions;
import chat.messaging.internal.domain.SenderKey;
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

    /**
     * A message to store: {@code attachmentId} is what it carries, a media id or a red packet's id;
     * {@code replyTo} the message it answers, quoted (null: none); {@code forwarded} whether it
     * copies another message.
     */
    public record Unstored(String groupId, String senderId, String clientMsgId, MessageType type, String text,
                           String attachmentId, Mentions mentions, Quote replyTo, boolean forwarded) {

        /** A message written here (not forwarded). */
        public Unstored(String groupId, String senderId, String clientMsgId, MessageType type, String text,
                        String attachmentId, Mentions mentions, Quote replyTo) {
            this(groupId, senderId, clientMsgId, type, text, attachmentId, mentions, replyTo, false);
        }

        /** A message that mentions nobody, such as a red packet's. */
        public Unstored(String groupId, String senderId, String clientMsgId, MessageType type, String text,
                        String attachmentId) {
            this(groupId, senderId, clientMsgId, type, text, attachmentId, Mentions.NONE, null);
        }
    }

    @Transactional
    public Sent store(Unstored message) {
        return storeAll(List.of(message)).get(0);
    }

    /**
     * Stores the batch in one transaction, in the order given (the caller orders it by
     * conversation, so that two nodes' batches lock counters in the same order); answers in the
     * same order. One statement per step whatever the batch's size: the counters are moved on and
     * locked, the earlier sends of the same {@code clientMsgId}s are looked up (under the locks, a
     * concurrent retry into the same conversation has committed by now), and the new messages are
     * inserted. A retry, in the store or earlier in the batch, is answered with the stored message
     * and its seq handed back. One failure fails them all: the transaction rolls back.
     */
    @Transactional
    public List<Sent> storeAll(List<Unstored> batch) {
        SortedMap<String, Integer> counts = new TreeMap<>();
        batch.forEach(u -> counts.merge(u.groupId(), 1, Integer::sum));
        Map<String, Long> last = messages.takeSeqs(counts);
        Map<SenderKey, Message> stored = new HashMap<>();
        messages.bySenderAndClientIds(batch.stream().map(u -> new SenderKey(u.senderId(), u.clientMsgId())).toList())
                .forEach(m -> stored.put(SenderKey.of(m), m));
        Map<String, Long> nextSeq = new HashMap<>();
        counts.forEach((groupId, count) -> nextSeq.put(groupId, last.get(groupId) - count + 1));
        List<Sent> sent = new ArrayList<>(batch.size());
        List<Message> fresh = new ArrayList<>(batch.size());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it: the answer and a later read agree
        for (Unstored u : batch) {
            Message earlier = stored.get(new SenderKey(u.senderId(), u.clientMsgId()));
            if (earlier != null) {
                sent.add(retried(earlier, u.groupId(), u.clientMsgId()));
                continue;
            }
            Message message = new Message(u.groupId(), nextSeq.merge(u.groupId(), 1L, Long::sum) - 1, u.senderId(),
                    u.clientMsgId(), u.type(), u.text(), u.attachmentId(), now, false, u.mentions(), u.replyTo(),
                    Reactions.NONE, u.forwarded());
            stored.put(SenderKey.of(message), message);
            fresh.add(message);
            sent.add(new Sent(message, true));
        }
        nextSeq.forEach((groupId, next) -> {
            int unused = (int) (last.get(groupId) + 1 - next);
            if (unused > 0) {
                messages.giveBack(groupId, last.get(groupId), unused);
            }
        });
        if (!fresh.isEmpty()) {
            messages.appendAll(fresh);
            events.stored(fresh);
            fresh.forEach(recent::appendAfterCommit);
        }
        return sent;
    }

    /** The message this sender already stored under this {@code clientMsgId}; 409 when it went to another conversation. */
    static Optional<Sent> earlier(MessageRepository messages, String groupId, String senderId, String clientMsgId) {
        return messages.bySenderAndClientId(senderId, clientMsgId).map(m -> retried(m, groupId, clientMsgId));
    }

    private static Sent retried(Message stored, String groupId, String clientMsgId) {
        if (!stored.groupId().equals(groupId)) {
            throw new ConflictException(ErrorCode.CLIENT_MSG_ID_REUSED,
                    "clientMsgId " + clientMsgId + " was already used for another conversation");
        }
        return new Sent(stored, false);
    }
}
