package chat.identity.internal.domain;

/** A request from one user to become another's contact, and whether it was accepted. */
public record ContactRequest(String id, String fromUserId, String toUserId, Status status) {

    public enum Status { PENDING, ACCEPTED }

    public ContactRequest accepted() {
        return new ContactRequest(id, fromUserId, toUserId, Status.ACCEPTED);
    }
}
