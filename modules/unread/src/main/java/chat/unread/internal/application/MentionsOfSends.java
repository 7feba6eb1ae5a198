package chat.unread.internal.application;

import java.util.ArrayList;
import java.util.List;

import chat.messaging.api.MessageStored;
import chat.messaging.api.MessagesStored;
import chat.unread.internal.domain.MentionMark;
import chat.unread.internal.domain.MentionMarks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * In the sends' own transaction: each message that mentions moves the marks of those it mentions
 * (or the conversation's mark for everyone). A batch that mentions nobody costs nothing.
 */
@ApplicationScoped
class MentionsOfSends {

    @Inject
    MentionMarks marks;

    void stored(@Observes MessagesStored batch) {
        List<MentionMark> moved = new ArrayList<>();
        for (MessageStored message : batch.messages()) {
            message.mentions().forEach(userId -> moved.add(new MentionMark(message.groupId(), userId, message.seq())));
            if (message.mentionAll()) {
                moved.add(new MentionMark(message.groupId(), MentionMark.EVERYONE, message.seq()));
            }
        }
        if (!moved.isEmpty()) {
            marks.mark(moved);
        }
    }
}
