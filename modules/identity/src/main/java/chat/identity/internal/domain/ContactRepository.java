package chat.identity.internal.domain;

import java.util.List;
import java.util.Optional;

/** Contact requests and the contact relation (stored both ways). */
public interface ContactRepository {

    Optional<ContactRequest> request(String id);

    Optional<ContactRequest> requestBetween(String fromUserId, String toUserId);

    void insert(ContactRequest request);

    /** The user's pending requests, sent and received, newest first. */
    List<ContactRequest> pendingOf(String userId);

    void markAccepted(String requestId);

    /** Makes the two users each other's contacts; no-op when they are. */
    void connect(String userA, String userB);

    boolean areContacts(String userA, String userB);

    List<String> contactsOf(String userId);
}
