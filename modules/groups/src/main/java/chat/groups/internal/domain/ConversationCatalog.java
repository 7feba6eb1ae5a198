package chat.groups.internal.domain;

import java.util.List;

/** Every live conversation, for the operator. */
public interface ConversationCatalog {

    /**
     * Live conversations whose name holds {@code text}, case aside, or whose id is {@code text}
     * (all when it is empty), in id order after {@code afterId} (from the start when null); at
     * most {@code limit}.
     */
    List<Conversation> find(String text, String afterId, int limit);
}
