package chat.unread.internal.domain;

import java.util.Collection;
import java.util.Map;

/**
 * The newest mention of each member in each conversation: the member is mentioned while it is past
 * their read cursor.
 */
public interface MentionMarks {

    /** Writes the marks in the caller's transaction; a mark only moves forward. */
    void mark(Collection<MentionMark> marks);

    /** The newest seq that mentions the user, by name or as everyone, in each of these conversations that has one. */
    Map<String, Long> newestOf(String userId, Collection<String> conversationIds);

    /** The member left: their marks go. */
    void forget(String conversationId, String userId);

    void removeConversation(String conversationId);
}
