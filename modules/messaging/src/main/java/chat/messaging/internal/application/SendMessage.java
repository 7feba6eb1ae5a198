package chat.messaging.internal.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import chat.groups.api.ConversationDirectory;
import chat.groups.api.PostingRight;
import chat.media.api.MediaCatalog;
import chat.messaging.internal.domain.Mentions;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageRepository;
import chat.messaging.internal.domain.MessageRules;
import chat.messaging.internal.domain.MessageType;
import chat.messaging.internal.domain.Quote;
import chat.moderation.api.ContentPlace;
import chat.moderation.api.ContentPolicy;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A client's send: the caller must be allowed to post, a retried {@code clientMsgId} is answered
 * with the stored message, those it mentions must be members, the message it answers must be one
 * of the conversation's, the company's content policy screens the text (refused or masked; before
 * the rate limit, so a refusal costs no budget), the rate limit counts the rest, and
 * {@link StoreMessage} stores it. A forward goes to {@link ForwardMessage}.
 */
@ApplicationScoped
public class SendMessage {

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
    ForwardMessage forwards;

    @Inject
    StoreMessage store;

    @Inject
    ContentPolicy policy;

    /** The message, and whether this call stored it (false: a retry answered with the stored one). */
    public record Sent(Message message, boolean created) {
    }

    /**
     * What a client asks to send; {@code mentions}, {@code replyTo} (a seq of the same
     * conversation) and {@code forwardFrom} (a message to copy) may be null.
     */
    public record Draft(String groupId, String senderId, String clientMsgId, String type, String text, String mediaId,
                        List<String> mentions, boolean mentionAll, Long replyTo, ForwardFrom forwardFrom) {

        /** A message written here, not a forward. */
        public static Draft written(String groupId, String senderId, String clientMsgId, String type, String text,
                                    String mediaId, List<String> mentions, boolean mentionAll, Long replyTo) {
            return new Draft(groupId, senderId, clientMsgId, type, text, mediaId, mentions, mentionAll, replyTo, null);
        }
    }

    /** The message a forward copies; checked by {@link ForwardMessage}. */
    public record ForwardFrom(String groupId, Long seq) {
    }

    /**
     * Checks the send and stores it: the checks read outside any transaction (a media message's
     * attachment is recorded at once, an idempotent write), then the message joins the node's next
     * batch ({@link SendBatches}) and this returns once that batch has committed.
     */
    public Sent send(Draft draft) {
        if (draft.forwardFrom() != null) {
            return forwards.forward(draft);
        }
        return checkedThen(draft, batches::store);
    }

    /**
     * As {@link #send} for a message written here, but stored in the caller's transaction rather
     * than the node's next batch: an operator's post, which commits with its audit row.
     */
    public Sent sendInCallersTransaction(Draft draft) {
        if (draft.forwardFrom() != null) {
            throw new InvalidInputException("forwardFrom", "is not taken here");
        }
        return checkedThen(draft, store::store);
    }

    private Sent checkedThen(Draft draft, Function<StoreMessage.Unstored, Sent> storing) {
        String clientMsgId = MessageRules.clientMsgId(draft.clientMsgId());
        MessageType type = MessageRules.clientType(draft.type());
        String text = type == MessageType.TEXT ? MessageRules.text(draft.text()) : null;
        Mentions mentions = Mentions.requested(draft.mentions(), draft.mentionAll());
        Long replyToSeq = MessageRules.replyTo(draft.replyTo());
        PostingRight right = conversations.mayPost(draft.groupId(), draft.senderId());
        Optional<Sent> retry = StoreMessage.earlier(messages, draft.groupId(), draft.senderId(), clientMsgId);
        if (retry.isPresent()) {
            return retry.get();
        }
        checkMentions(draft.groupId(), mentions, right);
        Quote replyTo = replyToSeq == null ? null : quote(draft.groupId(), replyToSeq);
        // Before the rate limit: a refused text spends none of the sender's budget.
        String stored = policy.screen(ContentPlace.MESSAGE, text, draft.senderId(), draft.groupId());
        rateLimit.acquire(draft.senderId(), draft.groupId(), right);
        if (type.isMedia()) {
            // Only the uploader may post a media id; its conversation's members may then download it.
            media.attach(draft.mediaId(), draft.senderId(), draft.groupId(), type.name());
        }
        return storing.apply(new StoreMessage.Unstored(draft.groupId(), draft.senderId(), clientMsgId, type, stored,
                type.isMedia() ? draft.mediaId() : null, mentions, replyTo));
    }

    /** The message answered, quoted: it must be one of this conversation's. */
    private Quote quote(String groupId, long seq) {
        return messages.find(groupId, seq).map(Quote::of).orElseThrow(
                () -> new InvalidInputException("replyTo", "there is no message " + seq + " in this conversation"));
    }

    /** Everyone named is a member; only an owner or admin calls on everyone. */
    private void checkMentions(String groupId, Mentions mentions, PostingRight right) {
        if (mentions.all() && !right.role().manages()) {
            throw new ForbiddenException("only the owner and admins may mention everyone");
        }
        if (!mentions.userIds().isEmpty()) {
            Set<String> members = conversations.membersAmong(groupId, mentions.userIds());
            mentions.userIds().stream().filter(id -> !members.contains(id)).findFirst().ifPresent(stranger -> {
                throw new InvalidInputException("mentions", stranger + " is not a member of this conversation");
            });
        }
    }
}
