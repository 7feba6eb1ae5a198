package chat.messaging.internal.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Messages and the per-conversation counters, in the caller's transaction. */
public interface MessageRepository {

    /**
     * Takes the conversation's next seq: moves its counter on (making it at need) and holds the
     * counter's lock until the transaction ends, so seqs are dense and in commit order.
     */
    default long nextSeq(String groupId) {
        return takeSeqs(new TreeMap<>(Map.of(groupId, 1))).get(groupId);
    }

    /**
     * Takes seqs for a batch in one statement: moves each conversation's counter on by its count
     * (making it at need), locking the counters in the map's order, and answers each counter's
     * last seq now. The locks hold until the transaction ends.
     */
    Map<String, Long> takeSeqs(SortedMap<String, Integer> counts);

    /**
     * Hands back the last {@code returned} seqs taken, unused: the counter, locked by this
     * transaction and standing at {@code taken}, moves back by that many.
     */
    void giveBack(String groupId, long taken, int returned);

    /** Stores the message under the seq taken for it. */
    default void append(Message message) {
        appendAll(List.of(message));
    }

    /** Stores the messages, each under the seq taken for it, in one statement. */
    void appendAll(List<Message> messages);

    Optional<Message> bySenderAndClientId(String senderId, String clientMsgId);

    /** The messages these senders stored under these {@code clientMsgId}s, in one query. */
    List<Message> bySenderAndClientIds(Collection<SenderKey> keys);

    Optional<Message> find(String groupId, long seq);

    /** {@code after < seq <= until}, ascending, without what the user hid; at most limit. */
    List<Message> range(String groupId, long after, long until, int limit, String forUserId);

    /** The last {@code limit} before {@code before}, ascending, without what the user hid. */
    List<Message> before(String groupId, long before, int limit, String forUserId);

    /** The newest {@code limit} messages, ascending. */
    List<Message> newest(String groupId, int limit);

    List<Long> hiddenSeqs(String userId, String groupId);

    /** The users who hid any message of the conversation. */
    List<String> usersWhoHid(String groupId);

    void recall(String groupId, long seq);

    void hide(String userId, String groupId, long seq);

    Map<String, Long> lastSeqs(Collection<String> groupIds);

    /** The newest message of each conversation that the user did not hide; conversations without one are absent. */
    Map<String, Message> newest(Collection<String> groupIds, String forUserId);
}
