package chat.messaging.internal.interfaces;

import java.util.List;

import chat.messaging.internal.application.MessageDetails;
import chat.messaging.internal.domain.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Messages as the REST answers show them, with the details the WebSocket frames give (media, the reader's reactions). */
@ApplicationScoped
class MessageViews {

    @Inject
    MessageDetails details;

    MessageView of(Message message, String readerId) {
        return ofAll(List.of(message), readerId).get(0);
    }

    /** A page of one conversation as this reader sees it. */
    List<MessageView> ofAll(List<Message> messages, String readerId) {
        return details.of(messages, readerId).stream().map(MessageView::of).toList();
    }
}
