package chat.messaging.internal.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Who reacted to which message with which emoji, and each message's counts, in the caller's transaction. */
public interface ReactionRepository {

    /**
     * The message's reactions, its row locked until the transaction ends so that changes to one
     * message's reactions run one at a time; empty when there is no such message or it was recalled.
     */
    Optional<Reactions> lock(String groupId, long seq);

    /** Records the member's reaction; false when they had reacted with that emoji already. */
    boolean add(String groupId, long seq, String userId, String emoji);

    /** Takes the member's reaction back; false when they had none with that emoji. */
    boolean remove(String groupId, long seq, String userId, String emoji);

    /** Writes the message's counts (after {@link #lock}). */
    void store(String groupId, long seq, Reactions reactions);

    /** The emoji the user reacted with on each of these messages; messages without any are absent. */
    Map<Long, Set<String>> mine(String groupId, Collection<Long> seqs, String userId);

    /** A recalled message keeps no reactions (its counts go with the recall's own update). */
    void removeAll(String groupId, long seq);
}
