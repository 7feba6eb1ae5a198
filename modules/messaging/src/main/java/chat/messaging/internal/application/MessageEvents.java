package chat.messaging.internal.application;

import chat.messaging.internal.domain.Message;

/** Where message facts go, inside the caller's transaction: the fan-out to every node, and recalls. */
public interface MessageEvents {

    void stored(Message message);

    void recalled(Message message, String byUserId);
}
