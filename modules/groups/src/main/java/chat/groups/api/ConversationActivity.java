package chat.groups.api;

import java.util.Collection;
import java.util.Map;

/**
 * The last message sequence and the last message of conversations. The groups module shows them in
 * every list; the messaging module, which owns messages, implements it. (Declared here so that the dependency
 * goes one way: messaging depends on groups, never the reverse.)
 */
public interface ConversationActivity {

    /** The last seq of each conversation that has messages; absent ones have none (0). */
    Map<String, Long> lastSeqs(Collection<String> conversationIds);

    /**
     * The newest message of each conversation that the user has not deleted for themselves, for a
     * list's previews; conversations without one are absent.
     */
    Map<String, LastMessage> lastMessages(Collection<String> conversationIds, String userId);
}
