package chat.groups.internal.application;

import java.util.List;
import java.util.Map;

import chat.groups.api.ConversationActivity;
import chat.groups.internal.domain.Conversation;
import chat.groups.internal.domain.ConversationCatalog;
import chat.platform.errors.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The operator's list of conversations: found by name or id, a page at a time, each with its last seq. */
@ApplicationScoped
public class FindConversations {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    static final int MAX_QUERY = 100;

    @Inject
    ConversationCatalog catalog;

    @Inject
    ConversationActivity activity;

    /** A conversation and its last seq (0: no message yet). */
    public record Listed(Conversation conversation, long lastSeq) {
    }

    /** @param next the id to pass as {@code after} for the next page; null on the last */
    public record Page(List<Listed> items, String next) {
    }

    public Page find(String q, String after, Integer limit) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY) {
            throw new InvalidInputException("q", "must be at most " + MAX_QUERY + " characters");
        }
        if (after != null && (after.isEmpty() || after.length() > MAX_QUERY)) {
            throw new InvalidInputException("after", "must be the next of an earlier page");
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        List<Conversation> found = catalog.find(text, after, size + 1);
        boolean more = found.size() > size;
        List<Conversation> page = more ? found.subList(0, size) : found;
        Map<String, Long> lastSeqs = activity.lastSeqs(page.stream().map(Conversation::id).toList());
        return new Page(page.stream().map(c -> new Listed(c, lastSeqs.getOrDefault(c.id(), 0L))).toList(),
                more ? page.get(page.size() - 1).id() : null);
    }
}
