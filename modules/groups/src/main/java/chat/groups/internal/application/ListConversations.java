package chat.groups.internal.application;

import java.util.List;
import java.util.Map;

import chat.groups.api.ConversationActivity;
import chat.groups.api.LastMessage;
import chat.groups.internal.domain.ConversationRepository;
import chat.groups.internal.domain.MyConversation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The caller's live conversations in one query, newest first, with each one's last seq and last message. */
@ApplicationScoped
public class ListConversations {

    @Inject
    ConversationRepository conversations;

    @Inject
    Instance<ConversationActivity> activity;

    /**
     * The list, and the last seq and last message by conversation id (a conversation without
     * messages is absent from both).
     */
    public record Listing(List<MyConversation> conversations, Map<String, Long> lastSeqs,
                          Map<String, LastMessage> lastMessages) {
    }

    public Listing of(String userId) {
        List<MyConversation> mine = conversations.ofMember(userId);
        if (!activity.isResolvable()) {
            return new Listing(mine, Map.of(), Map.of());
        }
        List<String> ids = mine.stream().map(c -> c.conversation().id()).toList();
        return new Listing(mine, activity.get().lastSeqs(ids), activity.get().lastMessages(ids, userId));
    }
}
