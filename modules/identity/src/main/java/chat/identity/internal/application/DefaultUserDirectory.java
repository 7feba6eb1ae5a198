package chat.identity.internal.application;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import chat.identity.api.UserDirectory;
import chat.identity.api.UserSummary;
import chat.identity.internal.domain.ContactRepository;
import chat.identity.internal.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
class DefaultUserDirectory implements UserDirectory {

    @Inject
    UserRepository users;

    @Inject
    ContactRepository contacts;

    @Override
    public Map<String, UserSummary> find(Collection<String> userIds) {
        return users.byIds(userIds).stream().collect(Collectors.toMap(u -> u.id(),
                u -> new UserSummary(u.id(), u.username(), u.nickname(), u.avatarUrl())));
    }

    @Override
    public boolean areContacts(String userA, String userB) {
        return contacts.areContacts(userA, userB);
    }

    @Override
    public Set<String> contactsAmong(String userId, Collection<String> userIds) {
        Set<String> mine = new HashSet<>(contacts.contactsOf(userId));
        mine.retainAll(userIds);
        return mine;
    }
}
