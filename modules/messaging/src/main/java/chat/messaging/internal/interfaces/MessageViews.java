package chat.messaging.internal.interfaces;

import java.util.List;

import chat.messaging.internal.application.AttachedMedia;
import chat.messaging.internal.domain.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Messages as the REST answers show them: a page's media described in one question, as the WebSocket frames do. */
@ApplicationScoped
class MessageViews {

    @Inject
    AttachedMedia attachedMedia;

    MessageView of(Message message) {
        return ofAll(List.of(message)).get(0);
    }

    List<MessageView> ofAll(List<Message> messages) {
        return attachedMedia.of(messages).stream().map(MessageView::of).toList();
    }
}
