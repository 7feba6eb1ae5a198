package chat.identity.internal.application;

import java.util.List;
import java.util.UUID;

import chat.identity.api.ContactRequested;
import chat.identity.internal.domain.ContactRepository;
import chat.identity.internal.domain.ContactRequest;
import chat.identity.internal.domain.UserRepository;
import chat.platform.errors.ConflictException;
import chat.platform.errors.ErrorCode;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Asks another user to become a contact. Asking again answers the same pending request; asking
 * someone who already asked you accepts theirs, as people expect.
 */
@ApplicationScoped
public class RequestContact {

    @Inject
    UserRepository users;

    @Inject
    ContactRepository contacts;

    @Inject
    AcceptContact accept;

    @Inject
    IdentityEvents events;

    @Transactional
    public ContactRequest request(String fromUserId, String toUserId) {
        if (fromUserId.equals(toUserId)) {
            throw new InvalidInputException("userId", "cannot be yourself");
        }
        users.byId(toUserId).orElseThrow(() -> new NotFoundException("no user " + toUserId));
        if (contacts.areContacts(fromUserId, toUserId)) {
            throw new ConflictException(ErrorCode.ALREADY_CONTACTS, "you are contacts already");
        }
        var theirs = contacts.requestBetween(toUserId, fromUserId);
        if (theirs.isPresent()) {
            return accept.accept(fromUserId, theirs.get().id());
        }
        var existing = contacts.requestBetween(fromUserId, toUserId);
        if (existing.isPresent()) {
            return existing.get();
        }
        contacts.insert(new ContactRequest(UUID.randomUUID().toString(), fromUserId, toUserId,
                ContactRequest.Status.PENDING));
        // Re-read: a concurrent identical request may have won the insert.
        ContactRequest stored = contacts.requestBetween(fromUserId, toUserId).orElseThrow();
        events.contactRequested(new ContactRequested(stored.id(), fromUserId, toUserId, stored.status().name()),
                List.of(toUserId));
        return stored;
    }
}
