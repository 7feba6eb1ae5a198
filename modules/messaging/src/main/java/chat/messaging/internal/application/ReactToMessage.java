package chat.messaging.internal.application;

import chat.groups.api.ConversationDirectory;
import chat.messaging.internal.domain.ReactionRepository;
import chat.messaging.internal.domain.Reactions;
import chat.platform.errors.ConflictException;
import chat.platform.errors.ErrorCode;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Members react to a message with an emoji and take it back. A reaction is not a message: it
 * takes no seq and moves no unread count. Each change runs under the message row's lock (which
 * holds the cap of {@value Reactions#MAX_EMOJI} different emoji), and members hear of it
 * ({@code message.reactions}) with the new counts.
 */
@ApplicationScoped
public class ReactToMessage {

    @Inject
    ConversationDirectory conversations;

    @Inject
    ReactionRepository reactions;

    @Inject
    MessageEvents events;

    @Inject
    RecentMessages recent;

    /** Reacting again with the same emoji changes nothing. */
    @Transactional
    public void react(String userId, String groupId, long seq, String emoji) {
        Reactions.emoji(emoji);
        Reactions now = lockedMessage(userId, groupId, seq);
        if (!now.roomFor(emoji)) {
            throw new ConflictException(ErrorCode.CONFLICT, "a message takes at most " + Reactions.MAX_EMOJI
                    + " different reactions: react with one it has");
        }
        if (reactions.add(groupId, seq, userId, emoji)) {
            changed(groupId, seq, now.added(emoji), userId, emoji, true);
        }
    }

    /** Taking back a reaction the member does not have changes nothing. */
    @Transactional
    public void unreact(String userId, String groupId, long seq, String emoji) {
        Reactions.emoji(emoji);
        Reactions now = lockedMessage(userId, groupId, seq);
        if (reactions.remove(groupId, seq, userId, emoji)) {
            changed(groupId, seq, now.removed(emoji), userId, emoji, false);
        }
    }

    private Reactions lockedMessage(String userId, String groupId, long seq) {
        if (conversations.membership(groupId, userId).isEmpty()) {
            throw new NotFoundException("no conversation " + groupId + " of yours");
        }
        return reactions.lock(groupId, seq)
                .orElseThrow(() -> new NotFoundException("no message " + seq + " in " + groupId));
    }

    private void changed(String groupId, long seq, Reactions next, String userId, String emoji, boolean added) {
        reactions.store(groupId, seq, next);
        recent.forgetAfterCommit(groupId);
        events.reactions(groupId, seq, next, userId, emoji, added);
    }
}
