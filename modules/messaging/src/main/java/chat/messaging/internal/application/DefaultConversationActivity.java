package chat.messaging.internal.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import chat.groups.api.ConversationActivity;
import chat.groups.api.LastMessage;
import chat.messaging.internal.domain.MessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The last seq and message of conversations, for the groups module's lists (multi-device sync compares the seq). */
@ApplicationScoped
class DefaultConversationActivity implements ConversationActivity {

    @Inject
    MessageRepository messages;

    @Override
    public Map<String, Long> lastSeqs(Collection<String> conversationIds) {
        return messages.lastSeqs(conversationIds);
    }

    @Override
    public Map<String, LastMessage> lastMessages(Collection<String> conversationIds, String userId) {
        Map<String, LastMessage> last = new HashMap<>();
        messages.newest(conversationIds, userId).forEach((id, m) -> last.put(id, new LastMessage(m.seq(), m.senderId(),
                m.type().name(), LastMessage.preview(m.text()), m.sentAt(), m.recalled())));
        return last;
    }
}
