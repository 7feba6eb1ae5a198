package chat.messaging.internal.application;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.Reactions;

/** The message facts the use cases told, one line each, and the messages they told them with. */
class RecordedMessageEvents implements MessageEvents {

    final List<String> told = new ArrayList<>();
    final List<Message> messages = new ArrayList<>();

    @Override
    public void stored(List<Message> stored) {
        for (Message message : stored) {
            messages.add(message);
            told.add("stored " + message.groupId() + " " + message.seq());
        }
    }

    @Override
    public void recalled(Message message, String byUserId) {
        messages.add(message);
        told.add("recalled " + message.groupId() + " " + message.seq() + " by " + byUserId);
    }

    @Override
    public void pinned(String groupId, long seq, String byUserId, boolean pinned) {
        told.add((pinned ? "pinned " : "unpinned ") + groupId + " " + seq + " by " + byUserId);
    }

    @Override
    public void reactions(String groupId, long seq, Reactions reactions, String byUserId, String emoji, boolean added) {
        told.add("reactions " + groupId + " " + seq + " " + reactions.counts().stream().map(c -> c.emoji() + c.count())
                .collect(Collectors.joining(",")) + " (" + byUserId + (added ? " +" : " -") + emoji + ")");
    }
}
