package chat.messaging.internal.application;

import java.util.Optional;

import chat.messaging.api.MessageSenders;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
class DefaultMessageSenders implements MessageSenders {

    @Inject
    MessageRepository messages;

    @Override
    public Optional<String> senderOf(String groupId, long seq) {
        return messages.find(groupId, seq).filter(m -> !m.recalled()).map(Message::senderId);
    }
}
