package chat.messaging.internal.application;

import java.util.List;

import chat.messaging.internal.domain.Message;

/** Where message facts go, inside the caller's transaction: the fan-out to every node, recalls and pins. */
public interface MessageEvents {

    /** Messages stored in the caller's transaction, told in the order given. */
    void stored(List<Message> messages);

    default void stored(Message message) {
        stored(List.of(message));
    }

    void recalled(Message message, String byUserId);

    /** The message at seq was pinned ({@code pinned}) or unpinned by the user. */
    void pinned(String groupId, long seq, String byUserId, boolean pinned);
}
