package chat.groups.internal.application;

import java.util.List;

import chat.groups.internal.domain.ConversationRepository;
import chat.groups.internal.domain.MyConversation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The caller's live conversations in one query, newest first. */
@ApplicationScoped
public class ListConversations {

    @Inject
    ConversationRepository conversations;

    public List<MyConversation> of(String userId) {
        return conversations.ofMember(userId);
    }
}
