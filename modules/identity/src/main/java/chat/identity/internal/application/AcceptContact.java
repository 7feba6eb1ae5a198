package chat.identity.internal.application;

import java.util.List;

import chat.identity.api.ContactRequested;
import chat.identity.internal.domain.ContactRepository;
import chat.identity.internal.domain.ContactRequest;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The recipient accepts a request: both become contacts and both hear of it. Accepting twice is harmless. */
@ApplicationScoped
public class AcceptContact {

    @Inject
    ContactRepository contacts;

    @Inject
    IdentityEvents events;

    @Transactional
    public ContactRequest accept(String callerId, String requestId) {
        ContactRequest request = contacts.request(requestId)
                .filter(r -> r.toUserId().equals(callerId))
                .orElseThrow(() -> new NotFoundException("no contact request " + requestId + " to you"));
        if (request.status() == ContactRequest.Status.ACCEPTED) {
            return request;
        }
        contacts.markAccepted(request.id());
        contacts.connect(request.fromUserId(), request.toUserId());
        ContactRequest accepted = request.accepted();
        events.contactRequested(new ContactRequested(accepted.id(), accepted.fromUserId(), accepted.toUserId(),
                accepted.status().name()), List.of(accepted.fromUserId(), accepted.toUserId()));
        return accepted;
    }
}
