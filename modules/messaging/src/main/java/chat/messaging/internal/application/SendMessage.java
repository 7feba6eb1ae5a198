package chat.messaging.internal.application;

import java.time.Instant;
import java.util.Optional;

import chat.groups.api.ConversationDirectory;
import chat.groups.api.PostingRight;
import chat.media.api.MediaCatalog;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageRepository;
import chat.messaging.internal.domain.MessageRules;
import chat.messaging.internal.domain.MessageType;
import chat.platform.errors.ConflictException;
import chat.platform.errors.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Stores a message once: the caller must be allowed to post; under the lock of the
 * conversation's counter a retried {@code clientMsgId} finds the stored message, and a new one
 * takes the next seq. The fan-out row goes into the outbox in the same transaction.
 */
@ApplicationScoped
public class SendMessage {

    @Inject
    ConversationDirectory conversations;

    @Inject
    MessageRepository messages;

    @Inject
    MessageEvents events;

    @Inject
    SendRateLimit rateLimit;

    @Inject
    RecentMessages recent;

    @Inject
    MediaCatalog media;

    /** The message, and whether this call stored it (false: a retry answered with the stored one). */
    public record Sent(Message message, boolean created) {
    }

    /** What a client asks to send. */
    public record Draft(String groupId, String senderId, String clientMsgId, String type, String text, String mediaId) {
    }

    @Transactional
    public Sent send(Draft draft) {
        String clientMsgId = MessageRules.clientMsgId(draft.clientMsgId());
        MessageType type = MessageRules.clientType(draft.type());
        String text = type == MessageType.TEXT ? MessageRules.text(draft.text()) : null;
        PostingRight right = conversations.mayPost(draft.groupId(), draft.senderId());
        Optional<Sent> retry = earlier(draft.groupId(), draft.senderId(), clientMsgId);
        if (retry.isPresent()) {
            return retry.get();
        }
        rateLimit.acquire(draft.senderId(), draft.groupId(), right);
        if (type.isMedia()) {
            // Only the uploader may post a media id; its conversation's members may then download it.
            media.attach(draft.mediaId(), draft.senderId(), draft.groupId(), type.name());
        }
        return store(draft.groupId(), draft.senderId(), clientMsgId, type, text, type.isMedia() ? draft.mediaId() : null);
    }

    /**
     * Stores a message the caller has already authorised (a client's send, or a server-made one
     * such as a red packet's): under the counter's lock a retry of the same {@code clientMsgId}
     * finds the stored message, a new one takes the next seq. {@code attachmentId} is what the
     * message carries: a media id, or a red packet's id.
     */
    @Transactional
    public Sent store(String groupId, String senderId, String clientMsgId, MessageType type, String text,
                      String attachmentId) {
        long seq = messages.nextSeq(groupId);
        // Under the counter's lock a concurrent retry to the same conversation has committed by now.
        Optional<Sent> retry = earlier(groupId, senderId, clientMsgId);
        if (retry.isPresent()) {
            messages.giveBack(groupId, seq);
            return retry.get();
        }
        Message message = new Message(groupId, seq, senderId, clientMsgId, type, text, attachmentId,
                Instant.now(), false);
        messages.append(message);
        events.stored(message);
        recent.appendAfterCommit(message);
        return new Sent(message, true);
    }

    private Optional<Sent> earlier(String groupId, String senderId, String clientMsgId) {
        return messages.bySenderAndClientId(senderId, clientMsgId).map(m -> {
            if (!m.groupId().equals(groupId)) {
                throw new ConflictException(ErrorCode.CLIENT_MSG_ID_REUSED,
                        "clientMsgId " + clientMsgId + " was already used for another conversation");
            }
            return new Sent(m, false);
        });
    }
}
