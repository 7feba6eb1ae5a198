package chat.identity.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import chat.identity.internal.domain.ContactRequest;
import chat.platform.errors.ConflictException;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;

class RequestContactTest {

    private final IdentityFixture fixture = new IdentityFixture();
    private final RequestContact request = fixture.requestContact();

    @BeforeEach
    void people() {
        fixture.user("ann", "ann");
        fixture.user("bob", "bob");
    }

    @Test
    void aNewRequestIsStoredPendingAndTheRecipientHearsOfIt() {
        ContactRequest sent = request.request("ann", "bob");
        assertEquals(ContactRequest.Status.PENDING, sent.status());
        assertEquals("ann", sent.fromUserId());
        assertEquals("bob", sent.toUserId());
        assertEquals(sent, fixture.contacts.request(sent.id()).orElseThrow());
        assertEquals(List.of("contact ann -> bob PENDING to [bob]"), fixture.events.told);
        assertFalse(fixture.contacts.areContacts("ann", "bob"));
    }

    @Test
    void askingAgainAnswersTheSamePendingRequestAndTellsNobody() {
        ContactRequest first = request.request("ann", "bob");
        assertEquals(first, request.request("ann", "bob"));
        assertEquals(1, fixture.contacts.requests.size());
        assertEquals(1, fixture.events.told.size());
    }

    @Test
    void askingSomeoneWhoAskedYouAcceptsTheirRequest() {
        fixture.pending("r1", "bob", "ann");
        ContactRequest answered = request.request("ann", "bob");
        assertEquals(new ContactRequest("r1", "bob", "ann", ContactRequest.Status.ACCEPTED), answered);
        assertTrue(fixture.contacts.areContacts("ann", "bob"));
        assertEquals(List.of("contact bob -> ann ACCEPTED to [bob, ann]"), fixture.events.told);
    }

    @Test
    void aRequestThatAConcurrentIdenticalOneWonAnswersTheWinner() {
        ContactRequest winner = new ContactRequest("won", "ann", "bob", ContactRequest.Status.PENDING);
        fixture.contacts.beforeInsert = () -> fixture.contacts.put(winner);
        assertEquals(winner, request.request("ann", "bob"));
        assertEquals(1, fixture.contacts.requests.size());
        assertEquals(List.of("contact ann -> bob PENDING to [bob]"), fixture.events.told);
    }

    @Test
    void contactsCannotAskAgain() {
        fixture.contacts.connect("ann", "bob");
        var refused = assertThrows(ConflictException.class, () -> request.request("ann", "bob"));
        assertEquals("ALREADY_CONTACTS", refused.code());
    }

    @Test
    void nobodyAsksThemselves() {
        assertEquals("userId", assertThrows(InvalidInputException.class, () -> request.request("ann", "ann")).field());
    }

    @Test
    void anUnknownUserCannotBeAsked() {
        assertThrows(NotFoundException.class, () -> request.request("ann", "ghost"));
        assertEquals(List.of(), fixture.events.told);
    }
}
