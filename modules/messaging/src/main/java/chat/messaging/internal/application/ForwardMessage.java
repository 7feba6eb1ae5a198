package chat.messaging.internal.application;

import java.util.Optional;

import chat.groups.api.ConversationDirectory;
import chat.groups.api.PostingRight;
import chat.media.api.MediaCatalog;
import chat.messaging.internal.application.SendMessage.Draft;
import chat.messaging.internal.application.SendMessage.Sent;
import chat.messaging.internal.domain.Mentions;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageRepository;
import chat.messaging.internal.domain.MessageRules;
import chat.messaging.internal.domain.MessageType;
import chat.moderation.api.ContentPlace;
import chat.moderation.api.ContentPolicy;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A forward: a member copies a message they may read (a text or a file; never a red packet or a
 * system line) into a conversation they may post in. The copy carries the original's type, text
 * and media, marked {@code forwarded}, and the media becomes downloadable by the target's members.
 * It is a send in all else: the same {@code clientMsgId} dedup, rate limit and batches.
 */
@ApplicationScoped
public class ForwardMessage {

    @Inject
    ConversationDirectory conversations;

    @Inject
    MessageRepository messages;

    @Inject
    SendBatches batches;

    @Inject
    SendRateLimit rateLimit;

    @Inject
    MediaCatalog media;

    @Inject
    ContentPolicy policy;

    public Sent forward(Draft draft) {
        String clientMsgId = MessageRules.clientMsgId(draft.clientMsgId());
        MessageType type = MessageRules.clientType(draft.type());
        MessageRules.forwardAlone(draft.text(), draft.mediaId(), draft.mentions(), draft.mentionAll(), draft.replyTo());
        String fromGroupId = MessageRules.forwardFrom(draft.forwardFrom().groupId(), draft.forwardFrom().seq());
        long fromSeq = draft.forwardFrom().seq();
        PostingRight right = conversations.mayPost(draft.groupId(), draft.senderId());
        Optional<Sent> retry = StoreMessage.earlier(messages, draft.groupId(), draft.senderId(), clientMsgId);
        if (retry.isPresent()) {
            return retry.get();
        }
        Message original = readable(draft.senderId(), fromGroupId, fromSeq);
        if (original.type() != MessageType.TEXT && !original.type().isMedia()) {
            throw new InvalidInputException("forwardFrom", "red packets and system messages cannot be forwarded");
        }
        if (original.type() != type) {
            throw new InvalidInputException("type", "the message forwarded is " + original.type() + ", not " + type);
        }
        // The list may have changed since the original was stored: the copy is screened as it is now.
        String text = type == MessageType.TEXT
                ? policy.screen(ContentPlace.MESSAGE, original.text(), draft.senderId(), draft.groupId()) : null;
        rateLimit.acquire(draft.senderId(), draft.groupId(), right);
        if (type.isMedia()) {
            media.share(original.attachmentId(), fromGroupId, draft.groupId());
        }
        return batches.store(new StoreMessage.Unstored(draft.groupId(), draft.senderId(), clientMsgId, type,
                text, original.attachmentId(), Mentions.NONE, null, true));
    }

    /** The message, when the forwarder may read it: a member's, there, not recalled and not hidden by them. */
    private Message readable(String userId, String groupId, long seq) {
        NotFoundException notYours = new NotFoundException("no message " + seq + " in a conversation " + groupId + " of yours");
        if (conversations.membership(groupId, userId).isEmpty()) {
            throw notYours;
        }
        return messages.find(groupId, seq).filter(m -> !m.recalled())
                .filter(m -> !messages.hiddenSeqs(userId, groupId).contains(seq)).orElseThrow(() -> notYours);
    }
}
