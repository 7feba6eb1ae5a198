package chat.identity.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContactRequestTest {

    @Test
    void anAcceptedRequestIsTheSameRequestAccepted() {
        var pending = new ContactRequest("r1", "ann", "bob", ContactRequest.Status.PENDING);
        assertEquals(new ContactRequest("r1", "ann", "bob", ContactRequest.Status.ACCEPTED), pending.accepted());
    }

    @Test
    void acceptingTwiceChangesNothing() {
        var accepted = new ContactRequest("r1", "ann", "bob", ContactRequest.Status.ACCEPTED);
        assertEquals(accepted, accepted.accepted());
    }
}
