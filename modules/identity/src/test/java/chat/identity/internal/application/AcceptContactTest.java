package chat.identity.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import chat.identity.internal.domain.ContactRequest;
import chat.platform.errors.NotFoundException;

class AcceptContactTest {

    private final IdentityFixture fixture = new IdentityFixture();
    private final AcceptContact accept = fixture.acceptContact();

    @Test
    void theRecipientAcceptsAndBothBecomeContactsAndHearOfIt() {
        fixture.pending("r1", "ann", "bob");
        ContactRequest accepted = accept.accept("bob", "r1");
        assertEquals(ContactRequest.Status.ACCEPTED, accepted.status());
        assertEquals(ContactRequest.Status.ACCEPTED, fixture.contacts.request("r1").orElseThrow().status());
        assertTrue(fixture.contacts.areContacts("ann", "bob"));
        assertTrue(fixture.contacts.areContacts("bob", "ann"));
        assertEquals(List.of("contact ann -> bob ACCEPTED to [ann, bob]"), fixture.events.told);
    }

    @Test
    void acceptingTwiceAnswersTheAcceptedRequestAndTellsNobodyAgain() {
        fixture.pending("r1", "ann", "bob");
        accept.accept("bob", "r1");
        assertEquals(ContactRequest.Status.ACCEPTED, accept.accept("bob", "r1").status());
        assertEquals(1, fixture.events.told.size());
    }

    @Test
    void theSenderCannotAcceptTheirOwnRequest() {
        fixture.pending("r1", "ann", "bob");
        assertThrows(NotFoundException.class, () -> accept.accept("ann", "r1"));
        assertFalse(fixture.contacts.areContacts("ann", "bob"));
    }

    @Test
    void someoneElseIsNotToldTheRequestExists() {
        fixture.pending("r1", "ann", "bob");
        assertThrows(NotFoundException.class, () -> accept.accept("eve", "r1"));
    }

    @Test
    void anUnknownRequestIsNotFound() {
        assertThrows(NotFoundException.class, () -> accept.accept("bob", "nope"));
    }
}
