package chat.messaging.internal.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import chat.messaging.internal.domain.Message;

/**
 * The newest messages of each conversation, shared by every node, so that the pulls a notify
 * sets off are answered without the database.
 */
public interface RecentMessages {

    /**
     * {@code after < seq <= until}, ascending, at most {@code limit}, when the recent window holds
     * all of them; empty when the database must answer.
     */
    Optional<List<Message>> range(String groupId, long after, long until, int limit);

    /** Once the caller's transaction commits, the message extends the window (out of order, it drops it). */
    void appendAfterCommit(Message message);

    /** Once the caller's transaction commits, the window is dropped (a recall changed a message). */
    void forgetAfterCommit(String groupId);

    /** The seqs the user hid in the conversation (delete-for-me), kept beside the window. */
    Set<Long> hiddenBy(String userId, String groupId);

    /** The user hid another message: the kept set is renewed on the next read. */
    void hiddenChanged(String userId, String groupId);
}
