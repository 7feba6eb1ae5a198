package chat.unread.internal.application;

import java.util.List;

import chat.groups.api.ConversationActivity;
import chat.groups.api.GroupDisbanded;
import chat.groups.api.MemberJoined;
import chat.groups.api.MemberLeft;
import chat.unread.internal.domain.CursorMoves;
import chat.unread.internal.domain.CursorStore;
import chat.unread.internal.domain.MentionMarks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Cursors follow membership, in the transaction of the change on purpose: a member who joins has
 * nothing unread from before the join, one who leaves loses the cursor and mention marks, a
 * disbanded group loses them all. Observed {@code IN_PROGRESS}, the cursor rows commit or roll back with the membership
 * rows; after commit, a failure here would leave a new member with the whole history unread.
 */
@ApplicationScoped
class MembershipCursors {

    @Inject
    ConversationActivity activity;

    @Inject
    CursorStore store;

    @Inject
    CursorMoves cursors;

    @Inject
    MentionMarks mentions;

    void joined(@Observes(during = TransactionPhase.IN_PROGRESS) MemberJoined event) {
        long last = activity.lastSeqs(List.of(event.groupId())).getOrDefault(event.groupId(), 0L);
        if (last > 0) {
            store.startAt(event.groupId(), event.userIds(), last);
        }
    }

    void left(@Observes(during = TransactionPhase.IN_PROGRESS) MemberLeft event) {
        cursors.forget(event.groupId(), event.userId());
        mentions.forget(event.groupId(), event.userId());
    }

    void disbanded(@Observes(during = TransactionPhase.IN_PROGRESS) GroupDisbanded event) {
        store.removeConversation(event.groupId());
        mentions.removeConversation(event.groupId());
    }
}
