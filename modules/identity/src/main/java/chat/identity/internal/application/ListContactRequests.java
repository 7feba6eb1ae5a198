package chat.identity.internal.application;

import java.util.List;

import chat.identity.internal.domain.ContactRepository;
import chat.identity.internal.domain.ContactRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The caller's contact requests still waiting for an answer, the ones they sent and received. */
@ApplicationScoped
public class ListContactRequests {

    @Inject
    ContactRepository contacts;

    public List<ContactRequest> pendingOf(String userId) {
        return contacts.pendingOf(userId);
    }
}
