package chat.messaging.internal.application;

import java.util.Collection;
import java.util.Map;

import chat.groups.api.ConversationActivity;
import chat.messaging.internal.domain.MessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The last seq of conversations, for the groups module's lists (multi-device sync compares it). */
@ApplicationScoped
class DefaultConversationActivity implements ConversationActivity {

    @Inject
    MessageRepository messages;

    @Override
    public Map<String, Long> lastSeqs(Collection<String> conversationIds) {
        return messages.lastSeqs(conversationIds);
    }
}
