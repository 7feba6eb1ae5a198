package chat.groups.internal.domain;

import java.util.List;
import java.util.Optional;

/** Conversations as stored; only live (not disbanded) ones are found. */
public interface ConversationRepository {

    /** Inserts; false when a direct chat with the same key exists already (then nothing changed). */
    boolean insert(Conversation conversation, String directKey);

    /** Inserts a group unless one with its id exists (or existed); true when this call inserted it. */
    boolean insertIfAbsent(Conversation group);

    /** The user's live conversations with the user's membership (and, for a direct chat, the other person). */
    List<MyConversation> ofMember(String userId);

    Optional<Conversation> find(String id);

    /** As {@link #find}, locking the row until the transaction ends: for read-modify-write changes. */
    Optional<Conversation> findForUpdate(String id);

    /** The direct chat of a pair, by its key. */
    Optional<Conversation> findDirect(String directKey);

    /**
     * Counts {@code seats} more members if the cap allows, atomically (one conditional update of
     * the counted row); false when it would pass the cap or the conversation is gone.
     */
    boolean reserveSeats(String id, int seats);

    void releaseSeats(String id, int seats);

    void update(String id, String name, String announcement, boolean allMuted);

    /** Sets the cap; the caller holds the row's lock and checked it against the member count. */
    void changeCap(String id, int maxMembers);

    void changeOwner(String id, String ownerId);

    void disband(String id);
}
