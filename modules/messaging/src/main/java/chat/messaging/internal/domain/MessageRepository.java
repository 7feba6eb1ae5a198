package chat.messaging.internal.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Messages and the per-conversation counters, in the caller's transaction. */
public interface MessageRepository {

    /**
     * Takes the conversation's next seq: moves its counter on (making it at need) and holds the
     * counter's lock until the transaction ends, so seqs are dense and in commit order.
     */
    long nextSeq(String groupId);

    /** Hands back the seq just taken, unused (the counter must be locked by this transaction). */
    void giveBack(String groupId, long seq);

    /** Stores the message under the seq taken for it. */
    void append(Message message);

    Optional<Message> bySenderAndClientId(String senderId, String clientMsgId);

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
