package chat.messaging.internal.application;

import java.util.List;
import java.util.Set;

import chat.groups.api.ConversationDirectory;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageRepository;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A member reads a conversation: a range after a seq (pulls), or a page before one (history).
 * A pull up to a known seq (what a notify sets off) is answered from the recent-message window
 * when it holds the range, so a message to a large group is not followed by a query per member.
 */
@ApplicationScoped
public class ReadHistory {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    @Inject
    ConversationDirectory conversations;

    @Inject
    MessageRepository messages;

    @Inject
    RecentMessages recent;

    /** Messages in ascending seq, and whether more exist in the asked direction. */
    public record Page(List<Message> items, boolean hasMore) {
    }

    public Page after(String userId, String groupId, long after, Long until, Long limit) {
        member(groupId, userId);
        return afterAsKnownMember(userId, groupId, after, until, limit);
    }

    /** As {@link #after}, for a caller whose membership is already known (a connection indexed under it). */
    public Page afterAsKnownMember(String userId, String groupId, long after, Long until, Long limit) {
        int size = limit(limit);
        if (after < 0 || (until != null && until < after)) {
            throw new InvalidInputException("after", "must be at least 0 and not above until");
        }
        long upTo = until == null ? Long.MAX_VALUE : until;
        List<Message> items = upTo(userId, groupId, after, upTo, size + 1);
        boolean more = items.size() > size;
        return new Page(more ? items.subList(0, size) : items, more);
    }

    /** Up to {@code want} messages after {@code after}, without those the reader hid: from the window when it holds them. */
    private List<Message> upTo(String userId, String groupId, long after, long upTo, int want) {
        var window = recent.range(groupId, after, upTo, want);
        if (window.isEmpty()) {
            return messages.range(groupId, after, upTo, want, userId);
        }
        Set<Long> hidden = recent.hiddenBy(userId, groupId);
        if (hidden.isEmpty()) {
            return window.get();
        }
        // Ask for as many more as the reader hid, so that a full page stays full once they are left out.
        return recent.range(groupId, after, upTo, want + hidden.size())
                .map(more -> withoutHidden(more, hidden))
                .map(visible -> visible.size() > want ? visible.subList(0, want) : visible)
                .orElseGet(() -> messages.range(groupId, after, upTo, want, userId));
    }

    public Page before(String userId, String groupId, long before, Long limit) {
        int size = limit(limit);
        if (before < 1) {
            throw new InvalidInputException("before", "must be at least 1");
        }
        member(groupId, userId);
        List<Message> items = messages.before(groupId, before, size + 1, userId);
        boolean more = items.size() > size;
        return new Page(more ? items.subList(1, items.size()) : items, more);
    }

    private static List<Message> withoutHidden(List<Message> window, Set<Long> hidden) {
        return hidden.isEmpty() ? window : window.stream().filter(m -> !hidden.contains(m.seq())).toList();
    }

    private void member(String groupId, String userId) {
        if (conversations.membership(groupId, userId).isEmpty()) {
            throw new NotFoundException("no conversation " + groupId + " of yours");
        }
    }

    /** The page size asked for, checked as the client sent it: a narrowing cast would turn -4294967295 into 1. */
    private static int limit(Long limit) {
        long size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be 1 to " + MAX_LIMIT);
        }
        return (int) size;
    }
}
