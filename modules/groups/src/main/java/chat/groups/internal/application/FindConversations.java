package chat.groups.internal.application;

import java.util.Map;

import chat.groups.api.ConversationActivity;
import chat.groups.internal.domain.Conversation;
import chat.groups.internal.domain.ConversationCatalog;
import chat.platform.rest.KeysetPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The operator's list of conversations: found by name or id, a page at a time, each with its last seq. */
@ApplicationScoped
public class FindConversations {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    @Inject
    ConversationCatalog catalog;

    @Inject
    ConversationActivity activity;

    /** A conversation and its last seq (0: no message yet). */
    public record Listed(Conversation conversation, long lastSeq) {
    }

    public KeysetPage<Listed> find(String q, String after, Integer limit) {
        String text = KeysetPage.searchText(q);
        String from = KeysetPage.after(after);
        KeysetPage<Conversation> page = KeysetPage.read(limit == null ? DEFAULT_LIMIT : limit,
                n -> catalog.find(text, from, n), Conversation::id);
        Map<String, Long> lastSeqs = activity.lastSeqs(page.items().stream().map(Conversation::id).toList());
        return page.map(c -> new Listed(c, lastSeqs.getOrDefault(c.id(), 0L)));
    }
}
