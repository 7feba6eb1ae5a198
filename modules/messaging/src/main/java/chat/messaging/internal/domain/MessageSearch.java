package chat.messaging.internal.domain;

import java.util.Collection;
import java.util.List;

/** Finds messages by their words. */
public interface MessageSearch {

    /**
     * The live TEXT messages of these conversations whose text holds the query's text (case and
     * width aside), newest first, after the query's cursor, without those the user hid; at most
     * {@code limit}.
     */
    List<Message> find(Collection<String> conversationIds, String userId, SearchQuery query, int limit);
}
