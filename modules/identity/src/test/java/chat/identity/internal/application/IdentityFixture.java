package chat.identity.internal.application;

import chat.identity.internal.domain.ContactRequest;
import chat.identity.internal.domain.PasswordHasher;
import chat.identity.internal.domain.User;
import chat.moderation.api.ContentPolicy;

/** The identity module's use cases wired by hand over in-memory repositories: no CDI, no database. */
final class IdentityFixture {

    final InMemoryUsers users = new InMemoryUsers();
    final InMemoryContacts contacts = new InMemoryContacts();
    final RecordedIdentityEvents events = new RecordedIdentityEvents();
    /** The cheapest hasher the rules allow: registration tests need a real hash, not a slow one. */
    final PasswordHasher hasher = new PasswordHasher(1_000);

    User user(String id, String username) {
        return users.put(new User(id, username, null, "Nick " + id, null));
    }

    ContactRequest pending(String id, String from, String to) {
        return contacts.put(new ContactRequest(id, from, to, ContactRequest.Status.PENDING));
    }

    RegisterUser registerUser() {
        var useCase = new RegisterUser();
        useCase.users = users;
        useCase.hasher = hasher;
        useCase.events = events;
        useCase.policy = ANY_TEXT;
        return useCase;
    }

    UpdateProfile updateProfile() {
        var useCase = new UpdateProfile();
        useCase.users = users;
        useCase.policy = ANY_TEXT;
        return useCase;
    }

    AcceptContact acceptContact() {
        var useCase = new AcceptContact();
        useCase.contacts = contacts;
        useCase.events = events;
        return useCase;
    }

    RequestContact requestContact() {
        var useCase = new RequestContact();
        useCase.users = users;
        useCase.contacts = contacts;
        useCase.accept = acceptContact();
        useCase.events = events;
        return useCase;
    }

    SearchUsers searchUsers() {
        var useCase = new SearchUsers();
        useCase.users = users;
        return useCase;
    }

    LogOut logOut() {
        var useCase = new LogOut();
        useCase.revoked = events;
        useCase.events = events;
        return useCase;
    }

    /** A content policy with an empty word list: every text passes as written. */
    static final ContentPolicy ANY_TEXT = (place, text, userId, conversationId) -> text;
}
