package chat.messaging.internal.application;

import java.util.List;

import chat.groups.api.ConversationDirectory;
import chat.messaging.internal.domain.Highlights;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageSearch;
import chat.messaging.internal.domain.SearchQuery;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A member finds messages again: in the conversations they belong to now (all, or one), newest
 * first, never a recalled message or one they hid, each with where the words stand in it.
 */
@ApplicationScoped
public class SearchMessages {

    @Inject
    ConversationDirectory conversations;

    @Inject
    MessageSearch search;

    /** A message found, and the ranges of its text that match. */
    public record Hit(Message message, List<Highlights.Range> highlight) {
    }

    /** @param next where the following page starts; null when this one is the last */
    public record Page(List<Hit> items, String next) {
    }

    public Page search(String userId, String q, String groupId, String before, Long limit) {
        SearchQuery query = SearchQuery.of(q, limit, before);
        List<String> within;
        if (groupId != null) {
            if (conversations.membership(groupId, userId).isEmpty()) {
                throw new NotFoundException("no conversation " + groupId + " of yours");
            }
            within = List.of(groupId);
        } else {
            within = conversations.conversationIdsOf(userId);
        }
        if (within.isEmpty()) {
            return new Page(List.of(), null);
        }
        List<Message> found = search.find(within, userId, query, query.limit() + 1);
        boolean more = found.size() > query.limit();
        List<Message> page = more ? found.subList(0, query.limit()) : found;
        Message last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page(page.stream().map(m -> new Hit(m, Highlights.of(m.text(), query.text()))).toList(),
                more ? new SearchQuery.Cursor(last.sentAt(), last.groupId(), last.seq()).encode() : null);
    }
}
