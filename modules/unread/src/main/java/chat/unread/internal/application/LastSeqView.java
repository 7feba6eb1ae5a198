package chat.unread.internal.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import chat.groups.api.ConversationActivity;
import chat.messaging.api.ConversationAdvanced;
import chat.messaging.api.MessagesStored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * This node's view of the conversations' last seqs: kept current by the fan-out event of every
 * stored message (which reaches every node) and, on the node that stored it, at once after the
 * commit; a conversation the node has not heard of is read from the messaging module once. The
 * view may trail the database by the fan-out's delay, never run ahead of it.
 */
@ApplicationScoped
public class LastSeqView {

    /** Past this many conversations the view starts again from empty (about 100 bytes each). */
    static final int MAX_CONVERSATIONS = 500_000;

    @Inject
    ConversationActivity activity;

    private final Map<String, Long> lastSeqs = new ConcurrentHashMap<>();

    void advanced(@Observes ConversationAdvanced event) {
        advance(event.groupId(), event.seq());
    }

    void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagesStored batch) {
        batch.messages().forEach(m -> advance(m.groupId(), m.seq()));
    }

    /** The last seq of each conversation, 0 for those without messages. */
    public Map<String, Long> of(Collection<String> conversationIds) {
        Map<String, Long> found = new HashMap<>();
        List<String> missing = conversationIds.stream().filter(id -> {
            Long seq = lastSeqs.get(id);
            if (seq != null) {
                found.put(id, seq);
            }
            return seq == null;
        }).toList();
        if (!missing.isEmpty()) {
            Map<String, Long> loaded = activity.lastSeqs(missing);
            for (String id : missing) {
                found.put(id, advance(id, loaded.getOrDefault(id, 0L)));
            }
        }
        return found;
    }

    /** The last seq as the database has it now (when a client claims more than this node has heard of). */
    public long fresh(String conversationId) {
        return advance(conversationId, activity.lastSeqs(List.of(conversationId)).getOrDefault(conversationId, 0L));
    }

    private long advance(String conversationId, long seq) {
        if (lastSeqs.size() >= MAX_CONVERSATIONS) {
            lastSeqs.clear();
        }
        return lastSeqs.merge(conversationId, seq, Math::max);
    }
}
