package chat.identity.internal.application;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import chat.identity.internal.domain.ContactRepository;
import chat.identity.internal.domain.User;
import chat.identity.internal.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The caller's contacts with whether each is online, sorted by nickname. */
@ApplicationScoped
public class ListContacts {

    @Inject
    ContactRepository contacts;

    @Inject
    UserRepository users;

    @Inject
    DefaultPresence presence;

    /** A contact as the list shows it. */
    public record Contact(User user, boolean online) {
    }

    public List<Contact> of(String userId) {
        List<String> ids = contacts.contactsOf(userId);
        Set<String> online = presence.online(ids);
        return users.byIds(ids).stream()
                .sorted(Comparator.comparing(User::nickname, String.CASE_INSENSITIVE_ORDER))
                .map(u -> new Contact(u, online.contains(u.id())))
                .toList();
    }
}
