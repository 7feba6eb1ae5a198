package chat.messaging.internal.application;

import java.util.List;

import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.Reactions;

/** Where message facts go, inside the caller's transaction: the fan-out to every node, recalls, pins and reactions. */
public interface MessageEvents {

    /** Messages stored in the caller's transaction, told in the order given. */
    void stored(List<Message> messages);

    default void stored(Message message) {
        stored(List.of(message));
    }

    /** Recalled by the user, or removed by the operator ({@code byUserId} null). */
    void recalled(Message message, String byUserId);

    /** The message at seq was pinned ({@code pinned}) or unpinned by the user (null: by the operator's removal). */
    void pinned(String groupId, long seq, String byUserId, boolean pinned);

    /** The message's reactions are now these: the user reacted with the emoji ({@code added}) or took it back. */
    void reactions(String groupId, long seq, Reactions reactions, String byUserId, String emoji, boolean added);
}
