package chat.groups.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Synchronous questions other modules ask about conversations and their members. */
public interface ConversationDirectory {

    /** The user's membership of a live (not disbanded) conversation; empty when not a member. */
    Optional<Membership> membership(String conversationId, String userId);

    /**
     * The caller's right to post now; throws the contract's 404 for a non-member or a
     * disbanded conversation and 403 {@code MUTED} for a muted member (or anyone but owner and
     * admins while the whole group is muted).
     */
    PostingRight mayPost(String conversationId, String userId);

    /**
     * Every member of a live conversation small enough that everyone hears its events (up to 500
     * members); empty for a larger one, whose events go to those concerned only, or for none.
     */
    Optional<List<String>> broadcastAudience(String conversationId);

    /** Those of these users who are members of the conversation (none of a disbanded one). */
    Set<String> membersAmong(String conversationId, Collection<String> userIds);

    /** Every member of a live conversation, however large; empty for none. */
    List<String> memberIds(String conversationId);

    /** The live conversation's name, kind and size, and its members who set doNotDisturb; empty for none. */
    Optional<ConversationProfile> profile(String conversationId);

    /** The live conversations the user belongs to. */
    List<String> conversationIdsOf(String userId);
}
