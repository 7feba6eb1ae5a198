package chat.messaging.internal.application;

import chat.groups.api.ConversationDirectory;
import chat.messaging.internal.domain.MessageRepository;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Delete-for-me: the message disappears from this user's reads only. */
@ApplicationScoped
public class HideMessage {

    @Inject
    ConversationDirectory conversations;

    @Inject
    MessageRepository messages;

    @Inject
    RecentMessages recent;

    @Transactional
    public void hide(String userId, String groupId, long seq) {
        if (conversations.membership(groupId, userId).isEmpty()) {
            throw new NotFoundException("no conversation " + groupId + " of yours");
        }
        messages.find(groupId, seq).orElseThrow(() -> new NotFoundException("no message " + seq + " in " + groupId));
        messages.hide(userId, groupId, seq);
        recent.hiddenChanged(userId, groupId);
    }
}
