package chat.identity.internal.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request from one user to become another's contact, and whether it was accepted. */
public record ContactRequest(String id, String fromUserId, String toUserId, Status status) {

    /** Named for clients: an answer's schema would otherwise be a bare, ambiguous {@code Status}. */
    @Schema(name = "ContactRequestStatus")
    public enum Status { PENDING, ACCEPTED }

    public ContactRequest accepted() {
        return new ContactRequest(id, fromUserId, toUserId, Status.ACCEPTED);
    }
}
