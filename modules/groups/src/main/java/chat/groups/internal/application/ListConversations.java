package chat.groups.internal.application;

import java.util.List;
import java.util.Map;

import chat.groups.api.ConversationActivity;
import chat.groups.internal.domain.ConversationRepository;
import chat.groups.internal.domain.MyConversation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The caller's live conversations in one query, newest first, with each one's last message seq. */
@ApplicationScoped
public class ListConversations {

    @Inject
    ConversationRepository conversations;

    @Inject
    Instance<ConversationActivity> activity;

    /** The list and the last seq by conversation id (a conversation without messages is absent). */
    public record Listing(List<MyConversation> conversations, Map<String, Long> lastSeqs) {
    }

    public Listing of(String userId) {
        List<MyConversation> mine = conversations.ofMember(userId);
        Map<String, Long> lastSeqs = activity.isResolvable()
                ? activity.get().lastSeqs(mine.stream().map(c -> c.conversation().id()).toList())
                : Map.of();
        return new Listing(mine, lastSeqs);
    }
}
