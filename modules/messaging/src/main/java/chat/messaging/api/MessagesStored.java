package chat.messaging.api;

import java.util.List;

import chat.platform.events.Event;

/**
 * Messages stored together, in one transaction and in the order stored (a batch of sends, or a
 * single message). Observed inside that transaction, and after it commits by observers that ask.
 */
public record MessagesStored(List<MessageStored> messages) implements Event {

    public MessagesStored {
        messages = List.copyOf(messages);
    }
}
